package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.DET;
import static dev.nfe.core.model.LayoutPath.inNfeProc;
import static dev.nfe.core.silver.LayoutDecimals.MONEY;

import dev.nfe.core.model.Adi;
import dev.nfe.core.model.DI;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Maps each import declaration of an item ({@code prod/DI}) to a row of {@code nfe_item_di}; its additions
 * ({@code adi}) are parallel JSON arrays, the discounts as plain decimal strings ({@code "10.00"}).
 */
final class ItemDiRowMapper implements RowMapper<Nfe> {

    static final TableSpec<ItemChild<DI>> SPEC = TableSpec.<ItemChild<DI>>builder("nfe_item_di")
            .chave(TableSpec.NFE_CHAVE)
            .key("n_item", ColumnType.INT, inNfeProc(DET) + "/@nItem", ItemChild::nItem)
            .key("seq", ColumnType.INT, "position of DI among the item's DI, from 1", ItemChild::seq)
            .lineage()
            .row("DI", inNfeProc(DET) + "/prod/DI", ItemChild::value, di -> di
                    .text("nDI", DI::nDI)
                    .date("dDI", DI::dDI)
                    .text("xLocDesemb", DI::xLocDesemb)
                    .text("UFDesemb", DI::ufDesemb)
                    .date("dDesemb", DI::dDesemb)
                    .optText("tpViaTransp", DI::tpViaTransp)
                    .optDecimal("vAFRMM", MONEY, DI::vAFRMM)
                    .optText("tpIntermedio", DI::tpIntermedio)
                    .optText("CNPJ", DI::cnpj)
                    .optText("CPF", DI::cpf)
                    .optText("UFTerceiro", DI::ufTerceiro)
                    .text("cExportador", DI::cExportador)
                    .group("adi", DI::adi, adi -> adi
                            .jsonArray("nAdicao", list -> list.stream().map(a -> orNull(a.nAdicao())).toList())
                            .jsonArray("nSeqAdic", list -> list.stream().map(a -> orNull(a.nSeqAdic())).toList())
                            .jsonArray("cFabricante", list -> list.stream().map(Adi::cFabricante).toList())
                            .jsonArray("vDescDI", list -> list.stream()
                                    .map(a -> orNull(a.vDescDI().map(BigDecimal::toPlainString))).toList())
                            .jsonArray("nDraw", list -> list.stream().map(a -> orNull(a.nDraw())).toList())))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (ItemChild<DI> di : ItemChild.of(nfe, det -> det.prod().di())) {
            sink.accept(SPEC.table(), SPEC.row(di, context));
        }
    }

    /** A JSON array entry: {@code null} keeps the positions of the parallel arrays aligned. */
    private static String orNull(Optional<String> value) {
        return value.orElse(null);
    }
}
