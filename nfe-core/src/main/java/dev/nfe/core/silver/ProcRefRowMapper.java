package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.INF_NFE;
import static dev.nfe.core.model.LayoutPath.inNfeProc;

import dev.nfe.core.model.InfAdic;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.ProcRef;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.List;

/** Maps each referenced legal process ({@code infAdic/procRef}) of an NF-e to a row of {@code nfe_proc_ref}. */
final class ProcRefRowMapper implements RowMapper<Nfe> {

    static final TableSpec<Indexed<ProcRef>> SPEC = TableSpec.<Indexed<ProcRef>>builder("nfe_proc_ref")
            .chave(TableSpec.NFE_CHAVE)
            .key("seq", ColumnType.INT, "position of procRef among its siblings, from 1", Indexed::seq)
            .lineage()
            .row("procRef", inNfeProc(INF_NFE) + "/infAdic/procRef", Indexed::value, value -> value
                    .text("nProc", ProcRef::nProc)
                    .text("indProc", ProcRef::indProc)
                    .optText("tpAto", ProcRef::tpAto))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (Indexed<ProcRef> value : Indexed.of(nfe.infAdic().map(InfAdic::procRef).orElse(List.of()))) {
            sink.accept(SPEC.table(), SPEC.row(value, context));
        }
    }
}
