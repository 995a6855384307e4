package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.INF_NFE;
import static dev.nfe.core.model.LayoutPath.inNfeProc;
import static dev.nfe.core.silver.LayoutDecimals.TEN_DECIMALS;

import dev.nfe.core.model.Cana;
import dev.nfe.core.model.ForDia;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.List;

/** Maps each daily sugar-cane supply ({@code cana/forDia}) of an NF-e to a row of {@code nfe_cana_for_dia}. */
final class CanaForDiaRowMapper implements RowMapper<Nfe> {

    static final TableSpec<Indexed<ForDia>> SPEC = TableSpec.<Indexed<ForDia>>builder("nfe_cana_for_dia")
            .chave(TableSpec.NFE_CHAVE)
            .key("seq", ColumnType.INT, "position of forDia among its siblings, from 1", Indexed::seq)
            .lineage()
            .row("forDia", inNfeProc(INF_NFE) + "/cana/forDia", Indexed::value, value -> value
                    .text("@dia", ForDia::dia)
                    .decimal("qtde", TEN_DECIMALS, ForDia::qtde))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (Indexed<ForDia> value : Indexed.of(nfe.cana().map(Cana::forDia).orElse(List.of()))) {
            sink.accept(SPEC.table(), SPEC.row(value, context));
        }
    }
}
