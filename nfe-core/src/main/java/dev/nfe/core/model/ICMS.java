package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The ICMS of an item: one record for every {@code ICMS} choice (ICMS00 … ICMSSN900, written ICMSxx in the
 * paths), named by {@link #group()}; a component is present when the chosen group has it.
 *
 * @param group the name of the chosen group element
 * @param orig {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/orig}
 * @param cst {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/CST}
 * @param csosn {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/CSOSN}
 * @param modBC {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/modBC}
 * @param pRedBC {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pRedBC}
 * @param cBenefRBC {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/cBenefRBC}
 * @param vBC {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vBC}
 * @param pICMS {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pICMS}
 * @param vICMSOp {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSOp}
 * @param pDif {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pDif}
 * @param vICMSDif {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSDif}
 * @param vICMS {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMS}
 * @param vBCFCP {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vBCFCP}
 * @param pFCP {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pFCP}
 * @param vFCP {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vFCP}
 * @param pFCPDif {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pFCPDif}
 * @param vFCPDif {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vFCPDif}
 * @param vFCPEfet {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vFCPEfet}
 * @param modBCST {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/modBCST}
 * @param pMVAST {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pMVAST}
 * @param pRedBCST {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pRedBCST}
 * @param vBCST {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vBCST}
 * @param pICMSST {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pICMSST}
 * @param vICMSST {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSST}
 * @param vBCFCPST {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vBCFCPST}
 * @param pFCPST {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pFCPST}
 * @param vFCPST {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vFCPST}
 * @param vICMSDeson {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSDeson}
 * @param motDesICMS {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/motDesICMS}
 * @param indDeduzDeson {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/indDeduzDeson}
 * @param vICMSSTDeson {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSSTDeson}
 * @param motDesICMSST {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/motDesICMSST}
 * @param qBCMono {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/qBCMono}
 * @param adRemICMS {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/adRemICMS}
 * @param vICMSMono {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSMono}
 * @param vICMSMonoOp {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSMonoOp}
 * @param vICMSMonoDif {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSMonoDif}
 * @param qBCMonoDif {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/qBCMonoDif}
 * @param adRemICMSDif {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/adRemICMSDif}
 * @param qBCMonoReten {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/qBCMonoReten}
 * @param adRemICMSReten {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/adRemICMSReten}
 * @param vICMSMonoReten {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSMonoReten}
 * @param pRedAdRem {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pRedAdRem}
 * @param motRedAdRem {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/motRedAdRem}
 * @param qBCMonoRet {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/qBCMonoRet}
 * @param adRemICMSRet {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/adRemICMSRet}
 * @param vICMSMonoRet {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSMonoRet}
 * @param vBCSTRet {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vBCSTRet}
 * @param pST {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pST}
 * @param vICMSSubstituto {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSSubstituto}
 * @param vICMSSTRet {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSSTRet}
 * @param vBCFCPSTRet {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vBCFCPSTRet}
 * @param pFCPSTRet {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pFCPSTRet}
 * @param vFCPSTRet {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vFCPSTRet}
 * @param pRedBCEfet {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pRedBCEfet}
 * @param vBCEfet {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vBCEfet}
 * @param pICMSEfet {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pICMSEfet}
 * @param vICMSEfet {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSEfet}
 * @param vBCSTDest {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vBCSTDest}
 * @param vICMSSTDest {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vICMSSTDest}
 * @param pBCOp {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pBCOp}
 * @param ufst {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/UFST}
 * @param pCredSN {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/pCredSN}
 * @param vCredICMSSN {@code /NFe/infNFe/det/imposto/ICMS/ICMSxx/vCredICMSSN}
 */
public record ICMS(
        String group,
        Optional<String> orig,
        Optional<String> cst,
        Optional<String> csosn,
        Optional<String> modBC,
        Optional<BigDecimal> pRedBC,
        Optional<String> cBenefRBC,
        Optional<BigDecimal> vBC,
        Optional<BigDecimal> pICMS,
        Optional<BigDecimal> vICMSOp,
        Optional<BigDecimal> pDif,
        Optional<BigDecimal> vICMSDif,
        Optional<BigDecimal> vICMS,
        Optional<BigDecimal> vBCFCP,
        Optional<BigDecimal> pFCP,
        Optional<BigDecimal> vFCP,
        Optional<BigDecimal> pFCPDif,
        Optional<BigDecimal> vFCPDif,
        Optional<BigDecimal> vFCPEfet,
        Optional<String> modBCST,
        Optional<BigDecimal> pMVAST,
        Optional<BigDecimal> pRedBCST,
        Optional<BigDecimal> vBCST,
        Optional<BigDecimal> pICMSST,
        Optional<BigDecimal> vICMSST,
        Optional<BigDecimal> vBCFCPST,
        Optional<BigDecimal> pFCPST,
        Optional<BigDecimal> vFCPST,
        Optional<BigDecimal> vICMSDeson,
        Optional<String> motDesICMS,
        Optional<String> indDeduzDeson,
        Optional<BigDecimal> vICMSSTDeson,
        Optional<String> motDesICMSST,
        Optional<BigDecimal> qBCMono,
        Optional<BigDecimal> adRemICMS,
        Optional<BigDecimal> vICMSMono,
        Optional<BigDecimal> vICMSMonoOp,
        Optional<BigDecimal> vICMSMonoDif,
        Optional<BigDecimal> qBCMonoDif,
        Optional<BigDecimal> adRemICMSDif,
        Optional<BigDecimal> qBCMonoReten,
        Optional<BigDecimal> adRemICMSReten,
        Optional<BigDecimal> vICMSMonoReten,
        Optional<BigDecimal> pRedAdRem,
        Optional<String> motRedAdRem,
        Optional<BigDecimal> qBCMonoRet,
        Optional<BigDecimal> adRemICMSRet,
        Optional<BigDecimal> vICMSMonoRet,
        Optional<BigDecimal> vBCSTRet,
        Optional<BigDecimal> pST,
        Optional<BigDecimal> vICMSSubstituto,
        Optional<BigDecimal> vICMSSTRet,
        Optional<BigDecimal> vBCFCPSTRet,
        Optional<BigDecimal> pFCPSTRet,
        Optional<BigDecimal> vFCPSTRet,
        Optional<BigDecimal> pRedBCEfet,
        Optional<BigDecimal> vBCEfet,
        Optional<BigDecimal> pICMSEfet,
        Optional<BigDecimal> vICMSEfet,
        Optional<BigDecimal> vBCSTDest,
        Optional<BigDecimal> vICMSSTDest,
        Optional<BigDecimal> pBCOp,
        Optional<String> ufst,
        Optional<BigDecimal> pCredSN,
        Optional<BigDecimal> vCredICMSSN) {
    public ICMS {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(orig, "orig");
        Objects.requireNonNull(cst, "cst");
        Objects.requireNonNull(csosn, "csosn");
        Objects.requireNonNull(modBC, "modBC");
        Objects.requireNonNull(pRedBC, "pRedBC");
        Objects.requireNonNull(cBenefRBC, "cBenefRBC");
        Objects.requireNonNull(vBC, "vBC");
        Objects.requireNonNull(pICMS, "pICMS");
        Objects.requireNonNull(vICMSOp, "vICMSOp");
        Objects.requireNonNull(pDif, "pDif");
        Objects.requireNonNull(vICMSDif, "vICMSDif");
        Objects.requireNonNull(vICMS, "vICMS");
        Objects.requireNonNull(vBCFCP, "vBCFCP");
        Objects.requireNonNull(pFCP, "pFCP");
        Objects.requireNonNull(vFCP, "vFCP");
        Objects.requireNonNull(pFCPDif, "pFCPDif");
        Objects.requireNonNull(vFCPDif, "vFCPDif");
        Objects.requireNonNull(vFCPEfet, "vFCPEfet");
        Objects.requireNonNull(modBCST, "modBCST");
        Objects.requireNonNull(pMVAST, "pMVAST");
        Objects.requireNonNull(pRedBCST, "pRedBCST");
        Objects.requireNonNull(vBCST, "vBCST");
        Objects.requireNonNull(pICMSST, "pICMSST");
        Objects.requireNonNull(vICMSST, "vICMSST");
        Objects.requireNonNull(vBCFCPST, "vBCFCPST");
        Objects.requireNonNull(pFCPST, "pFCPST");
        Objects.requireNonNull(vFCPST, "vFCPST");
        Objects.requireNonNull(vICMSDeson, "vICMSDeson");
        Objects.requireNonNull(motDesICMS, "motDesICMS");
        Objects.requireNonNull(indDeduzDeson, "indDeduzDeson");
        Objects.requireNonNull(vICMSSTDeson, "vICMSSTDeson");
        Objects.requireNonNull(motDesICMSST, "motDesICMSST");
        Objects.requireNonNull(qBCMono, "qBCMono");
        Objects.requireNonNull(adRemICMS, "adRemICMS");
        Objects.requireNonNull(vICMSMono, "vICMSMono");
        Objects.requireNonNull(vICMSMonoOp, "vICMSMonoOp");
        Objects.requireNonNull(vICMSMonoDif, "vICMSMonoDif");
        Objects.requireNonNull(qBCMonoDif, "qBCMonoDif");
        Objects.requireNonNull(adRemICMSDif, "adRemICMSDif");
        Objects.requireNonNull(qBCMonoReten, "qBCMonoReten");
        Objects.requireNonNull(adRemICMSReten, "adRemICMSReten");
        Objects.requireNonNull(vICMSMonoReten, "vICMSMonoReten");
        Objects.requireNonNull(pRedAdRem, "pRedAdRem");
        Objects.requireNonNull(motRedAdRem, "motRedAdRem");
        Objects.requireNonNull(qBCMonoRet, "qBCMonoRet");
        Objects.requireNonNull(adRemICMSRet, "adRemICMSRet");
        Objects.requireNonNull(vICMSMonoRet, "vICMSMonoRet");
        Objects.requireNonNull(vBCSTRet, "vBCSTRet");
        Objects.requireNonNull(pST, "pST");
        Objects.requireNonNull(vICMSSubstituto, "vICMSSubstituto");
        Objects.requireNonNull(vICMSSTRet, "vICMSSTRet");
        Objects.requireNonNull(vBCFCPSTRet, "vBCFCPSTRet");
        Objects.requireNonNull(pFCPSTRet, "pFCPSTRet");
        Objects.requireNonNull(vFCPSTRet, "vFCPSTRet");
        Objects.requireNonNull(pRedBCEfet, "pRedBCEfet");
        Objects.requireNonNull(vBCEfet, "vBCEfet");
        Objects.requireNonNull(pICMSEfet, "pICMSEfet");
        Objects.requireNonNull(vICMSEfet, "vICMSEfet");
        Objects.requireNonNull(vBCSTDest, "vBCSTDest");
        Objects.requireNonNull(vICMSSTDest, "vICMSSTDest");
        Objects.requireNonNull(pBCOp, "pBCOp");
        Objects.requireNonNull(ufst, "ufst");
        Objects.requireNonNull(pCredSN, "pCredSN");
        Objects.requireNonNull(vCredICMSSN, "vCredICMSSN");
    }
}
