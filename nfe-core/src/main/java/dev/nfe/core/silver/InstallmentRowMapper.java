package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.INF_NFE;
import static dev.nfe.core.model.LayoutPath.inNfeProc;
import static dev.nfe.core.silver.LayoutDecimals.MONEY;

import dev.nfe.core.model.Cobr;
import dev.nfe.core.model.Dup;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.List;

/**
 * Maps each instalment ({@code cobr/dup}) of an NF-e to a row of {@code nfe_installment}. The invoice it belongs to
 * ({@code cobr/fat}) is one per note, so its fields are in {@code nfe} ({@code cobr_fat_*}).
 */
final class InstallmentRowMapper implements RowMapper<Nfe> {

    static final TableSpec<Indexed<Dup>> SPEC = TableSpec.<Indexed<Dup>>builder("nfe_installment")
            .chave(TableSpec.NFE_CHAVE)
            .key("seq", ColumnType.INT, "position of dup among its siblings, from 1", Indexed::seq)
            .lineage()
            .row("dup", inNfeProc(INF_NFE) + "/cobr/dup", Indexed::value, dup -> dup
                    .optText("nDup", Dup::nDup)
                    .optDate("dVenc", Dup::dVenc)
                    .decimal("vDup", MONEY, Dup::vDup))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (Indexed<Dup> dup : Indexed.of(nfe.cobr().map(Cobr::dup).orElse(List.of()))) {
            sink.accept(SPEC.table(), SPEC.row(dup, context));
        }
    }
}
