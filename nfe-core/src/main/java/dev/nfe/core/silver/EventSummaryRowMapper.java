package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.RES_EVENTO;

import dev.nfe.core.model.EventSummary;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.function.Function;

/**
 * Maps an event summary from SEFAZ distribution ({@code resEvento}) to its one row of {@code nfe_event_summary}.
 * It is a table of its own, not a kind of {@code nfe_event} row, because a summary has none of the event's detail
 * and its fields come from another layout; both share the key {@code chave}, {@code tp_evento}, {@code n_seq_evento}.
 */
final class EventSummaryRowMapper implements RowMapper<EventSummary> {

    static final TableSpec<EventSummary> SPEC = TableSpec.<EventSummary>builder("nfe_event_summary")
            .chave(RES_EVENTO + "/chNFe")
            .key("tp_evento", ColumnType.TEXT, RES_EVENTO + "/tpEvento", EventSummary::tpEvento)
            .key("n_seq_evento", ColumnType.INT, RES_EVENTO + "/nSeqEvento", EventSummary::nSeqEvento)
            .lineage()
            .row("resEvento", RES_EVENTO, Function.identity(), res -> res
                    .text("@versao", EventSummary::versao)
                    .text("cOrgao", EventSummary::cOrgao)
                    .optText("CNPJ", EventSummary::cnpj)
                    .optText("CPF", EventSummary::cpf)
                    .timestamp("dhEvento", EventSummary::dhEvento)
                    .text("xEvento", EventSummary::xEvento)
                    .timestamp("dhRecbto", EventSummary::dhRecbto)
                    .text("nProt", EventSummary::nProt))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(EventSummary summary, RowContext context, RowSink sink) {
        sink.accept(SPEC.table(), SPEC.row(summary, context));
    }
}
