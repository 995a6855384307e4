package dev.nfe.core.validate;

import dev.nfe.core.model.AccessKey;
import dev.nfe.core.model.Event;
import dev.nfe.core.model.EventDetail;
import dev.nfe.core.model.EventSummary;
import dev.nfe.core.model.NfeSummary;
import dev.nfe.core.model.RetEvento;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Builds events and SEFAZ summaries by hand for validator tests: {@link #correctionLetter()} and
 * {@link #cancellation()} pass every rule, and each {@code with…} changes one thing.
 */
final class EventFixtures {

    static final OffsetDateTime DH_EVENTO = OffsetDateTime.parse("2018-08-17T15:17:45-03:00");

    private String chave = NfeFixtures.CHAVE;
    private String tpEvento;
    private int nSeqEvento = 1;
    private Optional<String> cnpj = Optional.of(NfeFixtures.EMIT_CNPJ);
    private Optional<String> cpf = Optional.empty();
    private EventDetail detail;
    private Optional<String> detEventoXml = Optional.of("<detEvento versao=\"1.00\">…</detEvento>");
    private Optional<RetEvento> retEvento = Optional.empty();

    private EventFixtures(String tpEvento, EventDetail detail) {
        this.tpEvento = tpEvento;
        this.detail = detail;
    }

    /** A carta de correção (110110) with a 37-character correction. */
    static EventFixtures correctionLetter() {
        return new EventFixtures(Event.TP_CARTA_CORRECAO,
                new EventDetail.CorrectionLetter("Correcao do endereco do destinatario", Optional.empty()));
    }

    /** A cancellation (110111) with its protocol number and a 33-character justification. */
    static EventFixtures cancellation() {
        return new EventFixtures(Event.TP_CANCELAMENTO,
                new EventDetail.Cancellation("135180000000001", "Erro na digitacao dos valores da NF"));
    }

    /** A ciência da operação (210210), a manifestation without text. */
    static EventFixtures manifestation() {
        return new EventFixtures("210210", new EventDetail.Manifestation(Optional.empty()));
    }

    EventFixtures withChave(String value) {
        chave = value;
        return this;
    }

    EventFixtures withTpEvento(String value) {
        tpEvento = value;
        return this;
    }

    EventFixtures withNSeqEvento(int value) {
        nSeqEvento = value;
        return this;
    }

    EventFixtures withAuthor(Optional<String> authorCnpj, Optional<String> authorCpf) {
        cnpj = authorCnpj;
        cpf = authorCpf;
        return this;
    }

    EventFixtures withDetail(EventDetail value) {
        detail = value;
        return this;
    }

    /** As for a retEvento alone: no detEvento at all. */
    EventFixtures withoutDetEventoXml() {
        detEventoXml = Optional.empty();
        return this;
    }

    EventFixtures withRetEvento(String cStat, OffsetDateTime dhRegEvento) {
        retEvento = Optional.of(new RetEvento("1.00", Optional.empty(), "2", "SVRS", "35", cStat, "motivo",
                Optional.of(chave), Optional.of(tpEvento), Optional.empty(), Optional.of(nSeqEvento),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), dhRegEvento,
                Optional.of("135180000000002")));
        return this;
    }

    Event build() {
        AccessKey key = new AccessKey(chave);
        return new Event(key, Event.idOf(tpEvento, key, nSeqEvento), "1.00", "35", "2", cnpj, cpf,
                Optional.of(DH_EVENTO), tpEvento, nSeqEvento, Optional.of("1.00"), Optional.of("Evento"), detail,
                detEventoXml, retEvento, List.of());
    }

    /** A resNFe of an authorised note issued at {@link NfeFixtures#DH_EMI}. */
    static NfeSummary nfeSummary(String chave, Optional<String> cnpj, Optional<String> cpf, String vNF,
            OffsetDateTime dhRecbto) {
        return new NfeSummary(new AccessKey(chave), "1.01", cnpj, cpf, "EMITENTE", Optional.empty(),
                NfeFixtures.DH_EMI, "1", new BigDecimal(vNF), Optional.empty(), dhRecbto, "135180000000001", "1",
                List.of());
    }

    /** A resEvento about the fixture note. */
    static EventSummary eventSummary(String chave, int nSeqEvento, OffsetDateTime dhRecbto) {
        return new EventSummary(new AccessKey(chave), "1.01", "35", Optional.of(NfeFixtures.EMIT_CNPJ),
                Optional.empty(), DH_EVENTO, Event.TP_CARTA_CORRECAO, nSeqEvento, "Carta de Correcao", dhRecbto,
                "135180000000002", List.of());
    }
}
