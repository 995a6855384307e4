package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * ICMS and goods totals ({@code ICMSTot}); components newer than layout 2.00 are optional.
 *
 * @param vBC {@code /NFe/infNFe/total/ICMSTot/vBC}
 * @param vICMS {@code /NFe/infNFe/total/ICMSTot/vICMS}
 * @param vICMSDeson {@code /NFe/infNFe/total/ICMSTot/vICMSDeson}
 * @param vFCPUFDest {@code /NFe/infNFe/total/ICMSTot/vFCPUFDest}
 * @param vICMSUFDest {@code /NFe/infNFe/total/ICMSTot/vICMSUFDest}
 * @param vICMSUFRemet {@code /NFe/infNFe/total/ICMSTot/vICMSUFRemet}
 * @param vFCP {@code /NFe/infNFe/total/ICMSTot/vFCP}
 * @param vBCST {@code /NFe/infNFe/total/ICMSTot/vBCST}
 * @param vST {@code /NFe/infNFe/total/ICMSTot/vST}
 * @param vFCPST {@code /NFe/infNFe/total/ICMSTot/vFCPST}
 * @param vFCPSTRet {@code /NFe/infNFe/total/ICMSTot/vFCPSTRet}
 * @param qBCMono {@code /NFe/infNFe/total/ICMSTot/qBCMono}
 * @param vICMSMono {@code /NFe/infNFe/total/ICMSTot/vICMSMono}
 * @param qBCMonoReten {@code /NFe/infNFe/total/ICMSTot/qBCMonoReten}
 * @param vICMSMonoReten {@code /NFe/infNFe/total/ICMSTot/vICMSMonoReten}
 * @param qBCMonoRet {@code /NFe/infNFe/total/ICMSTot/qBCMonoRet}
 * @param vICMSMonoRet {@code /NFe/infNFe/total/ICMSTot/vICMSMonoRet}
 * @param vProd {@code /NFe/infNFe/total/ICMSTot/vProd}
 * @param vFrete {@code /NFe/infNFe/total/ICMSTot/vFrete}
 * @param vSeg {@code /NFe/infNFe/total/ICMSTot/vSeg}
 * @param vDesc {@code /NFe/infNFe/total/ICMSTot/vDesc}
 * @param vII {@code /NFe/infNFe/total/ICMSTot/vII}
 * @param vIPI {@code /NFe/infNFe/total/ICMSTot/vIPI}
 * @param vIPIDevol {@code /NFe/infNFe/total/ICMSTot/vIPIDevol}
 * @param vPIS {@code /NFe/infNFe/total/ICMSTot/vPIS}
 * @param vCOFINS {@code /NFe/infNFe/total/ICMSTot/vCOFINS}
 * @param vOutro {@code /NFe/infNFe/total/ICMSTot/vOutro}
 * @param vNF {@code /NFe/infNFe/total/ICMSTot/vNF}
 * @param vTotTrib {@code /NFe/infNFe/total/ICMSTot/vTotTrib}
 */
public record ICMSTot(
        BigDecimal vBC,
        BigDecimal vICMS,
        Optional<BigDecimal> vICMSDeson,
        Optional<BigDecimal> vFCPUFDest,
        Optional<BigDecimal> vICMSUFDest,
        Optional<BigDecimal> vICMSUFRemet,
        Optional<BigDecimal> vFCP,
        BigDecimal vBCST,
        BigDecimal vST,
        Optional<BigDecimal> vFCPST,
        Optional<BigDecimal> vFCPSTRet,
        Optional<BigDecimal> qBCMono,
        Optional<BigDecimal> vICMSMono,
        Optional<BigDecimal> qBCMonoReten,
        Optional<BigDecimal> vICMSMonoReten,
        Optional<BigDecimal> qBCMonoRet,
        Optional<BigDecimal> vICMSMonoRet,
        BigDecimal vProd,
        BigDecimal vFrete,
        BigDecimal vSeg,
        BigDecimal vDesc,
        BigDecimal vII,
        BigDecimal vIPI,
        Optional<BigDecimal> vIPIDevol,
        BigDecimal vPIS,
        BigDecimal vCOFINS,
        BigDecimal vOutro,
        BigDecimal vNF,
        Optional<BigDecimal> vTotTrib) {
    public ICMSTot {
        Objects.requireNonNull(vBC, "vBC");
        Objects.requireNonNull(vICMS, "vICMS");
        Objects.requireNonNull(vICMSDeson, "vICMSDeson");
        Objects.requireNonNull(vFCPUFDest, "vFCPUFDest");
        Objects.requireNonNull(vICMSUFDest, "vICMSUFDest");
        Objects.requireNonNull(vICMSUFRemet, "vICMSUFRemet");
        Objects.requireNonNull(vFCP, "vFCP");
        Objects.requireNonNull(vBCST, "vBCST");
        Objects.requireNonNull(vST, "vST");
        Objects.requireNonNull(vFCPST, "vFCPST");
        Objects.requireNonNull(vFCPSTRet, "vFCPSTRet");
        Objects.requireNonNull(qBCMono, "qBCMono");
        Objects.requireNonNull(vICMSMono, "vICMSMono");
        Objects.requireNonNull(qBCMonoReten, "qBCMonoReten");
        Objects.requireNonNull(vICMSMonoReten, "vICMSMonoReten");
        Objects.requireNonNull(qBCMonoRet, "qBCMonoRet");
        Objects.requireNonNull(vICMSMonoRet, "vICMSMonoRet");
        Objects.requireNonNull(vProd, "vProd");
        Objects.requireNonNull(vFrete, "vFrete");
        Objects.requireNonNull(vSeg, "vSeg");
        Objects.requireNonNull(vDesc, "vDesc");
        Objects.requireNonNull(vII, "vII");
        Objects.requireNonNull(vIPI, "vIPI");
        Objects.requireNonNull(vIPIDevol, "vIPIDevol");
        Objects.requireNonNull(vPIS, "vPIS");
        Objects.requireNonNull(vCOFINS, "vCOFINS");
        Objects.requireNonNull(vOutro, "vOutro");
        Objects.requireNonNull(vNF, "vNF");
        Objects.requireNonNull(vTotTrib, "vTotTrib");
    }
}
