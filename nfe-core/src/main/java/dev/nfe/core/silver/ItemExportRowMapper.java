package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.DET;
import static dev.nfe.core.model.LayoutPath.inNfeProc;
import static dev.nfe.core.silver.LayoutDecimals.QUANTITY;

import dev.nfe.core.model.DetExport;
import dev.nfe.core.model.ExportInd;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;

/** Maps each export group of an item ({@code prod/detExport}) to a row of {@code nfe_item_export}. */
final class ItemExportRowMapper implements RowMapper<Nfe> {

    static final TableSpec<ItemChild<DetExport>> SPEC = TableSpec.<ItemChild<DetExport>>builder("nfe_item_export")
            .chave(TableSpec.NFE_CHAVE)
            .key("n_item", ColumnType.INT, inNfeProc(DET) + "/@nItem", ItemChild::nItem)
            .key("seq", ColumnType.INT, "position of detExport among the item's detExport, from 1", ItemChild::seq)
            .lineage()
            .row("detExport", inNfeProc(DET) + "/prod/detExport", ItemChild::value, export -> export
                    .optText("nDraw", DetExport::nDraw)
                    .optGroup("exportInd", DetExport::exportInd, ind -> ind
                            .text("nRE", ExportInd::nRE)
                            .text("chNFe", ExportInd::chNFe)
                            .decimal("qExport", QUANTITY, ExportInd::qExport)))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (ItemChild<DetExport> export : ItemChild.of(nfe, det -> det.prod().detExport())) {
            sink.accept(SPEC.table(), SPEC.row(export, context));
        }
    }
}
