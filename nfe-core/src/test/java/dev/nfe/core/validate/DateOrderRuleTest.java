package dev.nfe.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateOrderRuleTest {

    private static final OffsetDateTime DH_EMI = NfeFixtures.DH_EMI;

    private final DateOrderRule rule = new DateOrderRule(Duration.ofMinutes(5));

    @ParameterizedTest
    @ValueSource(longs = {-300, 0, 3600})
    void check_departureAtMostFiveMinutesBeforeEmission_isAccepted(long secondsAfterEmission) {
        assertThat(rule.check(NfeFixtures.nfe().withDhSaiEnt(DH_EMI.plusSeconds(secondsAfterEmission)).build()))
                .isEmpty();
    }

    @Test
    void check_departureBeforeEmission_isAWarningNamingBothTimes() {
        Nfe nfe = NfeFixtures.nfe().withDhSaiEnt(DH_EMI.minusSeconds(301)).build();

        assertThat(rule.check(nfe)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.DATE_ORDER);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.path()).isEqualTo("/NFe/infNFe/ide/dhSaiEnt");
            assertThat(finding.message()).isEqualTo("dhSaiEnt 2018-08-07T09:14:14-03:00 is before dhEmi"
                    + " 2018-08-07T09:19:15-03:00 by more than PT5M; expected it at or after dhEmi");
        });
    }

    @Test
    void check_receiptYearsBeforeEmission_isAWarningAtDhRecbto() {
        Nfe nfe = NfeFixtures.nfe()
                .withProtNFe(NfeFixtures.protNFe(NfeFixtures.CHAVE, "101", DH_EMI.minusYears(3)))
                .build();

        assertThat(rule.check(nfe)).extracting(Finding::path).containsExactly("/nfeProc/protNFe/infProt/dhRecbto");
    }

    @Test
    void check_receiptAtTheSameInstantInAnotherOffset_isAccepted() {
        OffsetDateTime otherOffset = DH_EMI.withOffsetSameInstant(ZoneOffset.ofHours(1)).plusSeconds(2);
        Nfe nfe = NfeFixtures.nfe().withProtNFe(NfeFixtures.protNFe(NfeFixtures.CHAVE, "100", otherOffset)).build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @Test
    void check_departureDayBeforeEmissionDayInLayout200_isAWarning() {
        Nfe nfe = NfeFixtures.nfe().withVersao("2.00").withDhEmi(Optional.empty())
                .withDEmi(Optional.of(LocalDate.parse("2018-08-07"))).withDSaiEnt(LocalDate.parse("2018-08-06"))
                .build();

        assertThat(rule.check(nfe)).extracting(Finding::path).containsExactly("/NFe/infNFe/ide/dSaiEnt");
    }

    @Test
    void check_eventRegisteredBeforeItWasIssued_isAWarningAtDhRegEvento() {
        assertThat(rule.check(EventFixtures.correctionLetter()
                .withRetEvento("135", EventFixtures.DH_EVENTO.minusHours(1)).build()))
                .extracting(Finding::path).containsExactly("/retEvento/infEvento/dhRegEvento");
    }

    @Test
    void check_summaryReceivedBeforeEmission_isAWarningAtResNFe() {
        assertThat(rule.check(EventFixtures.nfeSummary(NfeFixtures.CHAVE, Optional.of(NfeFixtures.EMIT_CNPJ),
                Optional.empty(), "1.00", DH_EMI.minusDays(1))))
                .extracting(Finding::path).containsExactly("/resNFe/dhRecbto");
    }

    @Test
    void check_eventSummaryReceivedBeforeTheEvent_isAWarningAtResEvento() {
        assertThat(rule.check(EventFixtures.eventSummary(NfeFixtures.CHAVE, 1, EventFixtures.DH_EVENTO
                .minusDays(1)))).extracting(Finding::path).containsExactly("/resEvento/dhRecbto");
    }

    @Test
    void check_zeroTolerance_flagsOneSecondEarly() {
        Nfe nfe = NfeFixtures.nfe().withDhSaiEnt(DH_EMI.minusSeconds(1)).build();

        assertThat(new DateOrderRule(Duration.ZERO).check(nfe)).extracting(Finding::code)
                .containsExactly(FindingCodes.DATE_ORDER);
    }
}
