package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.INF_NFE;
import static dev.nfe.core.model.LayoutPath.inNfeProc;
import static dev.nfe.core.silver.LayoutDecimals.MONEY;

import dev.nfe.core.model.Cana;
import dev.nfe.core.model.Deduc;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.List;

/** Maps each deduction on the sugar-cane supply ({@code cana/deduc}) of an NF-e to a row of {@code nfe_cana_deduc}. */
final class CanaDeducRowMapper implements RowMapper<Nfe> {

    static final TableSpec<Indexed<Deduc>> SPEC = TableSpec.<Indexed<Deduc>>builder("nfe_cana_deduc")
            .chave(TableSpec.NFE_CHAVE)
            .key("seq", ColumnType.INT, "position of deduc among its siblings, from 1", Indexed::seq)
            .lineage()
            .row("deduc", inNfeProc(INF_NFE) + "/cana/deduc", Indexed::value, value -> value
                    .text("xDed", Deduc::xDed)
                    .decimal("vDed", MONEY, Deduc::vDed))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (Indexed<Deduc> value : Indexed.of(nfe.cana().map(Cana::deduc).orElse(List.of()))) {
            sink.accept(SPEC.table(), SPEC.row(value, context));
        }
    }
}
