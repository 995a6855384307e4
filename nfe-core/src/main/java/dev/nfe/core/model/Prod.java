package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The product or service of an item (grupo I, {@code prod}).
 *
 * @param cProd {@code /NFe/infNFe/det/prod/cProd}
 * @param cEAN {@code /NFe/infNFe/det/prod/cEAN}
 * @param cBarra {@code /NFe/infNFe/det/prod/cBarra}
 * @param xProd {@code /NFe/infNFe/det/prod/xProd}
 * @param ncm {@code /NFe/infNFe/det/prod/NCM}
 * @param nve {@code /NFe/infNFe/det/prod/NVE}
 * @param cest {@code /NFe/infNFe/det/prod/CEST}
 * @param indEscala {@code /NFe/infNFe/det/prod/indEscala}
 * @param cnpjFab {@code /NFe/infNFe/det/prod/CNPJFab}
 * @param cBenef {@code /NFe/infNFe/det/prod/cBenef}
 * @param gCred {@code /NFe/infNFe/det/prod/gCred}
 * @param tpCredPresIBSZFM {@code /NFe/infNFe/det/prod/tpCredPresIBSZFM}
 * @param extipi {@code /NFe/infNFe/det/prod/EXTIPI}
 * @param cfop {@code /NFe/infNFe/det/prod/CFOP}
 * @param uCom {@code /NFe/infNFe/det/prod/uCom}
 * @param qCom {@code /NFe/infNFe/det/prod/qCom}
 * @param vUnCom {@code /NFe/infNFe/det/prod/vUnCom}
 * @param vProd {@code /NFe/infNFe/det/prod/vProd}
 * @param cEANTrib {@code /NFe/infNFe/det/prod/cEANTrib}
 * @param cBarraTrib {@code /NFe/infNFe/det/prod/cBarraTrib}
 * @param uTrib {@code /NFe/infNFe/det/prod/uTrib}
 * @param qTrib {@code /NFe/infNFe/det/prod/qTrib}
 * @param vUnTrib {@code /NFe/infNFe/det/prod/vUnTrib}
 * @param vFrete {@code /NFe/infNFe/det/prod/vFrete}
 * @param vSeg {@code /NFe/infNFe/det/prod/vSeg}
 * @param vDesc {@code /NFe/infNFe/det/prod/vDesc}
 * @param vOutro {@code /NFe/infNFe/det/prod/vOutro}
 * @param indTot {@code /NFe/infNFe/det/prod/indTot}
 * @param indBemMovelUsado {@code /NFe/infNFe/det/prod/indBemMovelUsado}
 * @param di {@code /NFe/infNFe/det/prod/DI}
 * @param detExport {@code /NFe/infNFe/det/prod/detExport}
 * @param xPed {@code /NFe/infNFe/det/prod/xPed}
 * @param nItemPed {@code /NFe/infNFe/det/prod/nItemPed}
 * @param nFCI {@code /NFe/infNFe/det/prod/nFCI}
 * @param rastro {@code /NFe/infNFe/det/prod/rastro}
 * @param infProdNFF {@code /NFe/infNFe/det/prod/infProdNFF}
 * @param infProdEmb {@code /NFe/infNFe/det/prod/infProdEmb}
 * @param veicProd {@code /NFe/infNFe/det/prod/veicProd}
 * @param med {@code /NFe/infNFe/det/prod/med}
 * @param arma {@code /NFe/infNFe/det/prod/arma}
 * @param comb {@code /NFe/infNFe/det/prod/comb}
 * @param nRECOPI {@code /NFe/infNFe/det/prod/nRECOPI}
 */
public record Prod(
        String cProd,
        String cEAN,
        Optional<String> cBarra,
        String xProd,
        String ncm,
        List<String> nve,
        Optional<String> cest,
        Optional<String> indEscala,
        Optional<String> cnpjFab,
        Optional<String> cBenef,
        List<GCred> gCred,
        Optional<String> tpCredPresIBSZFM,
        Optional<String> extipi,
        String cfop,
        String uCom,
        BigDecimal qCom,
        BigDecimal vUnCom,
        BigDecimal vProd,
        String cEANTrib,
        Optional<String> cBarraTrib,
        String uTrib,
        BigDecimal qTrib,
        BigDecimal vUnTrib,
        Optional<BigDecimal> vFrete,
        Optional<BigDecimal> vSeg,
        Optional<BigDecimal> vDesc,
        Optional<BigDecimal> vOutro,
        Optional<String> indTot,
        Optional<String> indBemMovelUsado,
        List<DI> di,
        List<DetExport> detExport,
        Optional<String> xPed,
        Optional<String> nItemPed,
        Optional<String> nFCI,
        List<Rastro> rastro,
        Optional<InfProdNFF> infProdNFF,
        Optional<InfProdEmb> infProdEmb,
        Optional<VeicProd> veicProd,
        Optional<Med> med,
        List<Arma> arma,
        Optional<Comb> comb,
        Optional<String> nRECOPI) {
    public Prod {
        Objects.requireNonNull(cProd, "cProd");
        Objects.requireNonNull(cEAN, "cEAN");
        Objects.requireNonNull(cBarra, "cBarra");
        Objects.requireNonNull(xProd, "xProd");
        Objects.requireNonNull(ncm, "ncm");
        nve = List.copyOf(nve);
        Objects.requireNonNull(cest, "cest");
        Objects.requireNonNull(indEscala, "indEscala");
        Objects.requireNonNull(cnpjFab, "cnpjFab");
        Objects.requireNonNull(cBenef, "cBenef");
        gCred = List.copyOf(gCred);
        Objects.requireNonNull(tpCredPresIBSZFM, "tpCredPresIBSZFM");
        Objects.requireNonNull(extipi, "extipi");
        Objects.requireNonNull(cfop, "cfop");
        Objects.requireNonNull(uCom, "uCom");
        Objects.requireNonNull(qCom, "qCom");
        Objects.requireNonNull(vUnCom, "vUnCom");
        Objects.requireNonNull(vProd, "vProd");
        Objects.requireNonNull(cEANTrib, "cEANTrib");
        Objects.requireNonNull(cBarraTrib, "cBarraTrib");
        Objects.requireNonNull(uTrib, "uTrib");
        Objects.requireNonNull(qTrib, "qTrib");
        Objects.requireNonNull(vUnTrib, "vUnTrib");
        Objects.requireNonNull(vFrete, "vFrete");
        Objects.requireNonNull(vSeg, "vSeg");
        Objects.requireNonNull(vDesc, "vDesc");
        Objects.requireNonNull(vOutro, "vOutro");
        Objects.requireNonNull(indTot, "indTot");
        Objects.requireNonNull(indBemMovelUsado, "indBemMovelUsado");
        di = List.copyOf(di);
        detExport = List.copyOf(detExport);
        Objects.requireNonNull(xPed, "xPed");
        Objects.requireNonNull(nItemPed, "nItemPed");
        Objects.requireNonNull(nFCI, "nFCI");
        rastro = List.copyOf(rastro);
        Objects.requireNonNull(infProdNFF, "infProdNFF");
        Objects.requireNonNull(infProdEmb, "infProdEmb");
        Objects.requireNonNull(veicProd, "veicProd");
        Objects.requireNonNull(med, "med");
        arma = List.copyOf(arma);
        Objects.requireNonNull(comb, "comb");
        Objects.requireNonNull(nRECOPI, "nRECOPI");
    }
}
