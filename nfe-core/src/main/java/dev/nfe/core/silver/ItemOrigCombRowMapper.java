package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.DET;
import static dev.nfe.core.model.LayoutPath.inNfeProc;
import static dev.nfe.core.silver.LayoutDecimals.RATE;

import dev.nfe.core.model.Comb;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.OrigComb;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.List;

/** Maps each origin of a fuel item ({@code prod/comb/origComb}) to a row of {@code nfe_item_orig_comb}. */
final class ItemOrigCombRowMapper implements RowMapper<Nfe> {

    static final TableSpec<ItemChild<OrigComb>> SPEC = TableSpec.<ItemChild<OrigComb>>builder("nfe_item_orig_comb")
            .chave(TableSpec.NFE_CHAVE)
            .key("n_item", ColumnType.INT, inNfeProc(DET) + "/@nItem", ItemChild::nItem)
            .key("seq", ColumnType.INT, "position of origComb among the item's origComb, from 1", ItemChild::seq)
            .lineage()
            .row("origComb", inNfeProc(DET) + "/prod/comb/origComb", ItemChild::value, orig -> orig
                    .text("indImport", OrigComb::indImport)
                    .text("cUFOrig", OrigComb::cUFOrig)
                    .decimal("pOrig", RATE, OrigComb::pOrig))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (ItemChild<OrigComb> orig : ItemChild.of(nfe, det -> det.prod().comb().map(Comb::origComb)
                .orElse(List.of()))) {
            sink.accept(SPEC.table(), SPEC.row(orig, context));
        }
    }
}
