package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.INF_NFE;
import static dev.nfe.core.model.LayoutPath.inNfeProc;

import dev.nfe.core.model.Agropecuario;
import dev.nfe.core.model.Defensivo;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.List;

/** Maps each pesticide prescription ({@code agropecuario/defensivo}) of an NF-e to a row of {@code nfe_defensivo}. */
final class DefensivoRowMapper implements RowMapper<Nfe> {

    static final TableSpec<Indexed<Defensivo>> SPEC = TableSpec.<Indexed<Defensivo>>builder("nfe_defensivo")
            .chave(TableSpec.NFE_CHAVE)
            .key("seq", ColumnType.INT, "position of defensivo among its siblings, from 1", Indexed::seq)
            .lineage()
            .row("defensivo", inNfeProc(INF_NFE) + "/agropecuario/defensivo", Indexed::value, value -> value
                    .text("nReceituario", Defensivo::nReceituario)
                    .text("CPFRespTec", Defensivo::cpfRespTec))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (Indexed<Defensivo> value : Indexed.of(nfe.agropecuario().map(Agropecuario::defensivo).orElse(List.of()))) {
            sink.accept(SPEC.table(), SPEC.row(value, context));
        }
    }
}
