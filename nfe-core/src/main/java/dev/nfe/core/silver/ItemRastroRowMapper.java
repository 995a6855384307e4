package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.DET;
import static dev.nfe.core.model.LayoutPath.inNfeProc;
import static dev.nfe.core.silver.LayoutDecimals.LOT_QUANTITY;

import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.Rastro;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;

/** Maps each traceable batch of an item ({@code prod/rastro}) to a row of {@code nfe_item_rastro}. */
final class ItemRastroRowMapper implements RowMapper<Nfe> {

    static final TableSpec<ItemChild<Rastro>> SPEC = TableSpec.<ItemChild<Rastro>>builder("nfe_item_rastro")
            .chave(TableSpec.NFE_CHAVE)
            .key("n_item", ColumnType.INT, inNfeProc(DET) + "/@nItem", ItemChild::nItem)
            .key("seq", ColumnType.INT, "position of rastro among the item's rastro, from 1", ItemChild::seq)
            .lineage()
            .row("rastro", inNfeProc(DET) + "/prod/rastro", ItemChild::value, rastro -> rastro
                    .text("nLote", Rastro::nLote)
                    .decimal("qLote", LOT_QUANTITY, Rastro::qLote)
                    .date("dFab", Rastro::dFab)
                    .date("dVal", Rastro::dVal)
                    .optText("cAgreg", Rastro::cAgreg))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (ItemChild<Rastro> rastro : ItemChild.of(nfe, det -> det.prod().rastro())) {
            sink.accept(SPEC.table(), SPEC.row(rastro, context));
        }
    }
}
