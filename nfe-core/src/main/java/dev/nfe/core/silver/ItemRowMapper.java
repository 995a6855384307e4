package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.DET;
import static dev.nfe.core.model.LayoutPath.inNfeProc;
import static dev.nfe.core.silver.LayoutDecimals.LOT_QUANTITY;
import static dev.nfe.core.silver.LayoutDecimals.MONEY;
import static dev.nfe.core.silver.LayoutDecimals.QUANTITY;
import static dev.nfe.core.silver.LayoutDecimals.QUANTITY_12;
import static dev.nfe.core.silver.LayoutDecimals.RATE;
import static dev.nfe.core.silver.LayoutDecimals.TEN_DECIMALS;
import static dev.nfe.core.silver.LayoutDecimals.WEIGHT;

import dev.nfe.core.model.Arma;
import dev.nfe.core.model.CIDE;
import dev.nfe.core.model.Comb;
import dev.nfe.core.model.DFeReferenciado;
import dev.nfe.core.model.Det;
import dev.nfe.core.model.Encerrante;
import dev.nfe.core.model.Imposto;
import dev.nfe.core.model.ImpostoDevol;
import dev.nfe.core.model.InfProdEmb;
import dev.nfe.core.model.InfProdNFF;
import dev.nfe.core.model.Med;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.Obs;
import dev.nfe.core.model.ObsItem;
import dev.nfe.core.model.Prod;
import dev.nfe.core.model.VeicProd;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Maps each item ({@code det}) of an NF-e to a row of {@code nfe_item}: the product with its fuel, medicine, vehicle
 * and weapon details, the item's tax total and its additional information. The taxes themselves are in
 * {@code nfe_item_tax}; import declarations, export data and batch traceability in their own tables.
 */
final class ItemRowMapper implements RowMapper<Nfe> {

    static final TableSpec<Det> SPEC = TableSpec.<Det>builder("nfe_item")
            .chave(TableSpec.NFE_CHAVE)
            .key("n_item", ColumnType.INT, inNfeProc(DET) + "/@nItem", Det::nItem)
            .lineage()
            .row("det", inNfeProc(DET), Function.identity(), det -> det
                    .group("prod", Det::prod, ItemRowMapper::prod)
                    .group("imposto", Det::imposto, imposto -> imposto
                            .optDecimal("vTotTrib", MONEY, Imposto::vTotTrib))
                    .optGroup("impostoDevol", Det::impostoDevol, devol -> devol
                            .decimal("pDevol", RATE, ImpostoDevol::pDevol)
                            .group("IPI", Function.identity(), ipi -> ipi
                                    .decimal("vIPIDevol", MONEY, ImpostoDevol::vIPIDevol)))
                    .optText("infAdProd", Det::infAdProd)
                    .optGroup("obsItem", Det::obsItem, obsItem -> obsItem
                            .optGroup("obsCont", ObsItem::obsCont, ItemRowMapper::obs)
                            .optGroup("obsFisco", ObsItem::obsFisco, ItemRowMapper::obs))
                    .optDecimal("vItem", MONEY, Det::vItem)
                    .optGroup("DFeReferenciado", Det::dFeReferenciado, ref -> ref
                            .text("chaveAcesso", DFeReferenciado::chaveAcesso)
                            .optText("nItem", DFeReferenciado::nItem)))
            .build();

    /** The items of {@code nfe} by item number, the order every item table uses. */
    static List<Det> items(Nfe nfe) {
        List<Det> items = nfe.det();
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i - 1).nItem() > items.get(i).nItem()) {
                return items.stream().sorted(Comparator.comparingInt(Det::nItem)).toList();
            }
        }
        return items;
    }

    @Override
    public Table table() {
        return SPEC.table();
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (Det det : items(nfe)) {
            sink.accept(SPEC.table(), SPEC.row(det, context));
        }
    }

    private static void prod(TableSpec.Group<Det, Prod> prod) {
        prod.text("cProd", Prod::cProd)
                .text("cEAN", Prod::cEAN)
                .optText("cBarra", Prod::cBarra)
                .text("xProd", Prod::xProd)
                .text("NCM", Prod::ncm)
                .jsonArray("NVE", Prod::nve)
                .optText("CEST", Prod::cest)
                .optText("indEscala", Prod::indEscala)
                .optText("CNPJFab", Prod::cnpjFab)
                .optText("cBenef", Prod::cBenef)
                .optText("tpCredPresIBSZFM", Prod::tpCredPresIBSZFM)
                .optText("EXTIPI", Prod::extipi)
                .text("CFOP", Prod::cfop)
                .text("uCom", Prod::uCom)
                .decimal("qCom", QUANTITY, Prod::qCom)
                .decimal("vUnCom", TEN_DECIMALS, Prod::vUnCom)
                .decimal("vProd", MONEY, Prod::vProd)
                .text("cEANTrib", Prod::cEANTrib)
                .optText("cBarraTrib", Prod::cBarraTrib)
                .text("uTrib", Prod::uTrib)
                .decimal("qTrib", QUANTITY, Prod::qTrib)
                .decimal("vUnTrib", TEN_DECIMALS, Prod::vUnTrib)
                .optDecimal("vFrete", MONEY, Prod::vFrete)
                .optDecimal("vSeg", MONEY, Prod::vSeg)
                .optDecimal("vDesc", MONEY, Prod::vDesc)
                .optDecimal("vOutro", MONEY, Prod::vOutro)
                .optText("indTot", Prod::indTot)
                .optText("indBemMovelUsado", Prod::indBemMovelUsado)
                .optText("xPed", Prod::xPed)
                .optText("nItemPed", Prod::nItemPed)
                .optText("nFCI", Prod::nFCI)
                .optGroup("infProdNFF", Prod::infProdNFF, nff -> nff
                        .text("cProdFisco", InfProdNFF::cProdFisco)
                        .text("cOperNFF", InfProdNFF::cOperNFF))
                .optGroup("infProdEmb", Prod::infProdEmb, emb -> emb
                        .text("xEmb", InfProdEmb::xEmb)
                        .decimal("qVolEmb", LOT_QUANTITY, InfProdEmb::qVolEmb)
                        .text("uEmb", InfProdEmb::uEmb))
                .optGroup("veicProd", Prod::veicProd, ItemRowMapper::veicProd)
                .optGroup("med", Prod::med, med -> med
                        .optText("cProdANVISA", Med::cProdANVISA)
                        .optText("xMotivoIsencao", Med::xMotivoIsencao)
                        .optText("nLote", Med::nLote)
                        .optDecimal("qLote", LOT_QUANTITY, Med::qLote)
                        .optDate("dFab", Med::dFab)
                        .optDate("dVal", Med::dVal)
                        .optDecimal("vPMC", MONEY, Med::vPMC))
                .group("arma", Prod::arma, arma -> arma
                        .jsonArray("tpArma", list -> list.stream().map(Arma::tpArma).toList())
                        .jsonArray("nSerie", list -> list.stream().map(Arma::nSerie).toList())
                        .jsonArray("nCano", list -> list.stream().map(Arma::nCano).toList())
                        .jsonArray("descr", list -> list.stream().map(Arma::descr).toList()))
                .optGroup("comb", Prod::comb, ItemRowMapper::comb)
                .optText("nRECOPI", Prod::nRECOPI);
    }

    private static void veicProd(TableSpec.Group<Det, VeicProd> veic) {
        veic.text("tpOp", VeicProd::tpOp)
                .text("chassi", VeicProd::chassi)
                .text("cCor", VeicProd::cCor)
                .text("xCor", VeicProd::xCor)
                .text("pot", VeicProd::pot)
                .text("cilin", VeicProd::cilin)
                .text("pesoL", VeicProd::pesoL)
                .text("pesoB", VeicProd::pesoB)
                .text("nSerie", VeicProd::nSerie)
                .text("tpComb", VeicProd::tpComb)
                .text("nMotor", VeicProd::nMotor)
                .text("CMT", VeicProd::cmt)
                .text("dist", VeicProd::dist)
                .text("anoMod", VeicProd::anoMod)
                .text("anoFab", VeicProd::anoFab)
                .text("tpPint", VeicProd::tpPint)
                .text("tpVeic", VeicProd::tpVeic)
                .text("espVeic", VeicProd::espVeic)
                .text("VIN", VeicProd::vin)
                .text("condVeic", VeicProd::condVeic)
                .text("cMod", VeicProd::cMod)
                .optText("cCorDENATRAN", VeicProd::cCorDENATRAN)
                .text("lota", VeicProd::lota)
                .text("tpRest", VeicProd::tpRest);
    }

    private static void comb(TableSpec.Group<Det, Comb> comb) {
        comb.text("cProdANP", Comb::cProdANP)
                .optText("descANP", Comb::descANP)
                .optDecimal("pMixGN", RATE, Comb::pMixGN)
                .optDecimal("pGLP", RATE, Comb::pGLP)
                .optDecimal("pGNn", RATE, Comb::pGNn)
                .optDecimal("pGNi", RATE, Comb::pGNi)
                .optDecimal("vPart", MONEY, Comb::vPart)
                .optText("CODIF", Comb::codif)
                .optDecimal("qTemp", QUANTITY_12, Comb::qTemp)
                .text("UFCons", Comb::ufCons)
                .optGroup("CIDE", Comb::cide, cide -> cide
                        .decimal("qBCProd", QUANTITY_12, CIDE::qBCProd)
                        .decimal("vAliqProd", QUANTITY, CIDE::vAliqProd)
                        .decimal("vCIDE", MONEY, CIDE::vCIDE))
                .optGroup("encerrante", Comb::encerrante, enc -> enc
                        .text("nBico", Encerrante::nBico)
                        .optText("nBomba", Encerrante::nBomba)
                        .text("nTanque", Encerrante::nTanque)
                        .decimal("vEncIni", WEIGHT, Encerrante::vEncIni)
                        .decimal("vEncFin", WEIGHT, Encerrante::vEncFin))
                .optDecimal("pBio", RATE, Comb::pBio);
    }

    private static void obs(TableSpec.Group<Det, Obs> obs) {
        obs.text("@xCampo", Obs::xCampo).text("xTexto", Obs::xTexto);
    }
}
