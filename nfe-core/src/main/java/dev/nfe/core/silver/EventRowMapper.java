package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.PROC_EVENTO;

import dev.nfe.core.model.Event;
import dev.nfe.core.model.EventDetail;
import dev.nfe.core.model.RetEvento;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps an event to its one row of {@code nfe_event}, keyed by {@code chave}, {@code tp_evento} and
 * {@code n_seq_evento}: the typed fields of cancellations (110111), cartas de correção (110110) and manifestações
 * (2102xx), {@code detEvento} as canonical XML for every type, and SEFAZ's result ({@code retEvento}) when it came
 * along.
 */
final class EventRowMapper implements RowMapper<Event> {

    private static final String EVENTO = PROC_EVENTO + "/evento";

    static final TableSpec<Event> SPEC = TableSpec.<Event>builder("nfe_event")
            .chave(EVENTO + "/infEvento/chNFe")
            .key("tp_evento", ColumnType.TEXT, EVENTO + "/infEvento/tpEvento", Event::tpEvento)
            .key("n_seq_evento", ColumnType.INT, EVENTO + "/infEvento/nSeqEvento", Event::nSeqEvento)
            .lineage()
            .groupAt("evento", EVENTO, Function.identity(), evento -> evento.text("@versao", Event::versao))
            .row("infEvento", EVENTO + "/infEvento", Function.identity(), infEvento -> infEvento
                    .text("@Id", Event::id)
                    .text("cOrgao", Event::cOrgao)
                    .text("tpAmb", Event::tpAmb)
                    .optText("CNPJ", Event::cnpj)
                    .optText("CPF", Event::cpf)
                    .optTimestamp("dhEvento", Event::dhEvento)
                    .optText("verEvento", Event::verEvento)
                    .group("detEvento", Function.identity(), detEvento -> detEvento
                            .optText("descEvento", Event::descEvento)
                            .optText("nProt", event -> cancellation(event).map(EventDetail.Cancellation::nProt))
                            .optText("xJust", EventRowMapper::xJust)
                            .optText("xCorrecao", event -> correction(event).map(EventDetail.CorrectionLetter::xCorrecao))
                            .optText("xCondUso", event -> correction(event).flatMap(EventDetail.CorrectionLetter::xCondUso)))
                    .optXml("detEvento", Event::detEventoXml))
            .optGroupAt("retEvento", PROC_EVENTO + "/retEvento", Event::retEvento, ret -> ret
                    .text("@versao", RetEvento::versao)
                    .fold("infEvento", Function.identity(), infEvento -> infEvento
                            .optText("@Id", RetEvento::id)
                            .text("tpAmb", RetEvento::tpAmb)
                            .text("verAplic", RetEvento::verAplic)
                            .text("cOrgao", RetEvento::cOrgao)
                            .text("cStat", RetEvento::cStat)
                            .text("xMotivo", RetEvento::xMotivo)
                            .optText("chNFe", RetEvento::chNFe)
                            .optText("tpEvento", RetEvento::tpEvento)
                            .optText("xEvento", RetEvento::xEvento)
                            .optInteger("nSeqEvento", RetEvento::nSeqEvento)
                            .optText("cOrgaoAutor", RetEvento::cOrgaoAutor)
                            .optText("CNPJDest", RetEvento::cnpjDest)
                            .optText("CPFDest", RetEvento::cpfDest)
                            .optText("emailDest", RetEvento::emailDest)
                            .timestamp("dhRegEvento", RetEvento::dhRegEvento)
                            .optText("nProt", RetEvento::nProt)))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Event event, RowContext context, RowSink sink) {
        sink.accept(SPEC.table(), SPEC.row(event, context));
    }

    private static Optional<EventDetail.Cancellation> cancellation(Event event) {
        return event.detail() instanceof EventDetail.Cancellation cancellation
                ? Optional.of(cancellation)
                : Optional.empty();
    }

    private static Optional<EventDetail.CorrectionLetter> correction(Event event) {
        return event.detail() instanceof EventDetail.CorrectionLetter letter ? Optional.of(letter) : Optional.empty();
    }

    /** {@code detEvento/xJust}, which cancellations and the manifestação 210240 carry. */
    private static Optional<String> xJust(Event event) {
        if (event.detail() instanceof EventDetail.Cancellation cancellation) {
            return Optional.of(cancellation.xJust());
        }
        if (event.detail() instanceof EventDetail.Manifestation manifestation) {
            return manifestation.xJust();
        }
        return Optional.empty();
    }
}
