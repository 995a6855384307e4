package dev.nfe.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.model.Event;
import dev.nfe.core.model.EventDetail;
import dev.nfe.core.model.RetEvento;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventRuleTest {

    private final EventRule rule = new EventRule();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 99})
    void check_sequenceFrom1To99_isAccepted(int nSeqEvento) {
        assertThat(rule.check(EventFixtures.correctionLetter().withNSeqEvento(nSeqEvento).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100})
    void check_sequenceOutside1To99_isAnError(int nSeqEvento) {
        assertThat(rule.check(EventFixtures.correctionLetter().withNSeqEvento(nSeqEvento).build()))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo(FindingCodes.EVENT_SEQUENCE_INVALID);
                    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                    assertThat(finding.path()).isEqualTo("/evento/infEvento/nSeqEvento");
                    assertThat(finding.message()).isEqualTo("nSeqEvento must be 1 to 99, was " + nSeqEvento);
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 255})
    void check_cancellationJustificationOf15To255Characters_isAccepted(int length) {
        EventDetail detail = new EventDetail.Cancellation("135180000000001", "x".repeat(length));

        assertThat(rule.check(EventFixtures.cancellation().withDetail(detail).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 256})
    void check_cancellationJustificationOutside15To255_isAWarning(int length) {
        EventDetail detail = new EventDetail.Cancellation("135180000000001", "x".repeat(length));

        assertThat(rule.check(EventFixtures.cancellation().withDetail(detail).build()))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(FindingCodes.EVENT_TEXT_LENGTH, Severity.WARNING));
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 1000})
    void check_correctionOf15To1000Characters_isAccepted(int length) {
        EventDetail detail = new EventDetail.CorrectionLetter("y".repeat(length), Optional.empty());

        assertThat(rule.check(EventFixtures.correctionLetter().withDetail(detail).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 1001})
    void check_correctionOutside15To1000_isAWarningAtXCorrecao(int length) {
        EventDetail detail = new EventDetail.CorrectionLetter("y".repeat(length), Optional.empty());

        assertThat(rule.check(EventFixtures.correctionLetter().withDetail(detail).build()))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple(FindingCodes.EVENT_TEXT_LENGTH, "/evento/infEvento/detEvento/xCorrecao"));
    }

    @Test
    void check_shortJustification_isAWarningWithItsLength() {
        EventDetail detail = new EventDetail.Cancellation("135180000000001", "  erro  ");

        assertThat(rule.check(EventFixtures.cancellation().withDetail(detail).build()))
                .extracting(Finding::path, Finding::message)
                .containsExactly(tuple("/evento/infEvento/detEvento/xJust",
                        "detEvento/xJust must be 15 to 255 characters, has 4"));
    }

    @Test
    void check_cancellationWithBlankProtocolAndJustification_reportsBothAsRequired() {
        EventDetail detail = new EventDetail.Cancellation(" ", "");

        assertThat(rule.check(EventFixtures.cancellation().withDetail(detail).build()))
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple(FindingCodes.REQUIRED_FIELD, "/evento/infEvento/detEvento/nProt"),
                        tuple(FindingCodes.REQUIRED_FIELD, "/evento/infEvento/detEvento/xJust"));
    }

    @Test
    void check_cancellationWithoutItsDetails_isAnError() {
        assertThat(rule.check(EventFixtures.cancellation().withDetail(new EventDetail.Other()).build()))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo(FindingCodes.REQUIRED_FIELD);
                    assertThat(finding.isError()).isTrue();
                    assertThat(finding.message()).contains("110111").contains("nProt").contains("xJust");
                });
    }

    @Test
    void check_correctionLetterWithoutItsText_isAnError() {
        assertThat(rule.check(EventFixtures.correctionLetter().withDetail(new EventDetail.Other()).build()))
                .extracting(Finding::code).containsExactly(FindingCodes.REQUIRED_FIELD);
    }

    @Test
    void check_resultAloneWithoutDetEvento_hasNoDetailFindings() {
        assertThat(rule.check(EventFixtures.cancellation().withDetail(new EventDetail.Other())
                .withoutDetEventoXml().withRetEvento("135", EventFixtures.DH_EVENTO.plusSeconds(5)).build()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110112", "210210", "610600", "999999"})
    void check_otherEventTypes_areKeptWithoutFindings(String tpEvento) {
        assertThat(rule.check(EventFixtures.manifestation().withTpEvento(tpEvento).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"135", "136", "155"})
    void check_registeredResult_hasNoFindings(String cStat) {
        assertThat(rule.check(EventFixtures.correctionLetter()
                .withRetEvento(cStat, EventFixtures.DH_EVENTO.plusSeconds(5)).build())).isEmpty();
    }

    @Test
    void check_resultForAnotherChave_isAWarning() {
        Event event = EventFixtures.correctionLetter().withRetEvento("135", EventFixtures.DH_EVENTO.plusSeconds(5))
                .build();
        String other = "35180100000000000191550010000000011000000010";
        Event mismatched = new Event(event.chave(), event.id(), event.versao(), event.cOrgao(), event.tpAmb(),
                event.cnpj(), event.cpf(), event.dhEvento(), event.tpEvento(), event.nSeqEvento(), event.verEvento(),
                event.descEvento(), event.detail(), event.detEventoXml(), event.retEvento().map(r -> new RetEvento(
                        r.versao(), r.id(), r.tpAmb(), r.verAplic(), r.cOrgao(), r.cStat(), r.xMotivo(),
                        Optional.of(other), r.tpEvento(), r.xEvento(), r.nSeqEvento(), r.cOrgaoAutor(),
                        r.cnpjDest(), r.cpfDest(), r.emailDest(), r.dhRegEvento(), r.nProt())), List.of());

        assertThat(rule.check(mismatched)).extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple(FindingCodes.EVENT_RESULT_CHAVE_MISMATCH, Severity.WARNING,
                        "/retEvento/infEvento/chNFe"));
    }

    @Test
    void check_rejectedResult_isAWarningNamingItsCStat() {
        assertThat(rule.check(EventFixtures.correctionLetter()
                .withRetEvento("573", EventFixtures.DH_EVENTO.plusSeconds(5)).build()))
                .extracting(Finding::code, Finding::severity, Finding::path)
                .containsExactly(tuple(FindingCodes.EVENT_NOT_REGISTERED, Severity.WARNING,
                        "/retEvento/infEvento/cStat"));
    }

    @Test
    void check_eventSummaryWithSequence0_isAnErrorAtResEvento() {
        assertThat(rule.check(EventFixtures.eventSummary(NfeFixtures.CHAVE, 0, EventFixtures.DH_EVENTO)))
                .extracting(Finding::path).containsExactly("/resEvento/nSeqEvento");
    }
}
