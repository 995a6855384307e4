package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.INF_NFE;
import static dev.nfe.core.model.LayoutPath.inNfeProc;
import static dev.nfe.core.silver.LayoutDecimals.MONEY;

import dev.nfe.core.model.Card;
import dev.nfe.core.model.DetPag;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;

/** Maps each means of payment ({@code pag/detPag}) of an NF-e to a row of {@code nfe_payment}. */
final class PaymentRowMapper implements RowMapper<Nfe> {

    static final TableSpec<Indexed<DetPag>> SPEC = TableSpec.<Indexed<DetPag>>builder("nfe_payment")
            .chave(TableSpec.NFE_CHAVE)
            .key("seq", ColumnType.INT, "position of detPag among its siblings, from 1", Indexed::seq)
            .lineage()
            .row("detPag", inNfeProc(INF_NFE) + "/pag/detPag", Indexed::value, detPag -> detPag
                    .optText("indPag", DetPag::indPag)
                    .text("tPag", DetPag::tPag)
                    .optText("xPag", DetPag::xPag)
                    .decimal("vPag", MONEY, DetPag::vPag)
                    .optDate("dPag", DetPag::dPag)
                    .optText("CNPJPag", DetPag::cnpjPag)
                    .optText("UFPag", DetPag::ufPag)
                    .optGroup("card", DetPag::card, card -> card
                            .optText("tpIntegra", Card::tpIntegra)
                            .optText("CNPJ", Card::cnpj)
                            .optText("tBand", Card::tBand)
                            .optText("cAut", Card::cAut)
                            .optText("CNPJReceb", Card::cnpjReceb)
                            .optText("idTermPag", Card::idTermPag)))
            .build();

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (Indexed<DetPag> detPag : Indexed.of(nfe.pag().detPag())) {
            sink.accept(SPEC.table(), SPEC.row(detPag, context));
        }
    }
}
