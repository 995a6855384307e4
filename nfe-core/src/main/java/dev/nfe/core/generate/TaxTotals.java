package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Tax amounts of one generated item, or their sum over a document, which is exactly what the document's
 * {@code total/ICMSTot}, {@code ISTot} and {@code IBSCBSTot} carry. All values have scale 2; absent taxes are zero.
 *
 * @param vBC ICMS base ({@code ICMSTot/vBC})
 * @param vICMS ICMS ({@code ICMSTot/vICMS})
 * @param vICMSDeson relieved ICMS ({@code ICMSTot/vICMSDeson}); always deducted from vNF (indDeduzDeson=1)
 * @param vFCP poverty fund on ICMS ({@code ICMSTot/vFCP})
 * @param vBCST ICMS-ST base ({@code ICMSTot/vBCST})
 * @param vST ICMS-ST ({@code ICMSTot/vST}), the sum of item {@code vICMSST}
 * @param vFCPST poverty fund on ICMS-ST ({@code ICMSTot/vFCPST})
 * @param vFCPSTRet poverty fund retained earlier ({@code ICMSTot/vFCPSTRet})
 * @param vII import duty ({@code ICMSTot/vII})
 * @param vIPI IPI ({@code ICMSTot/vIPI})
 * @param vIPIDevol returned IPI ({@code ICMSTot/vIPIDevol})
 * @param vPIS PIS ({@code ICMSTot/vPIS})
 * @param vCOFINS COFINS ({@code ICMSTot/vCOFINS})
 * @param vFCPUFDest DIFAL poverty fund ({@code ICMSTot/vFCPUFDest})
 * @param vICMSUFDest DIFAL to the destination state ({@code ICMSTot/vICMSUFDest})
 * @param vICMSUFRemet DIFAL to the origin state ({@code ICMSTot/vICMSUFRemet})
 * @param vTotTrib approximate tax burden ({@code ICMSTot/vTotTrib})
 * @param vBCIBSCBS IBS/CBS base ({@code IBSCBSTot/vBCIBSCBS})
 * @param vIBSUF state IBS ({@code IBSCBSTot/gIBS/gIBSUF/vIBSUF})
 * @param vIBSMun municipal IBS ({@code IBSCBSTot/gIBS/gIBSMun/vIBSMun})
 * @param vIBS IBS ({@code IBSCBSTot/gIBS/vIBS})
 * @param vCBS CBS ({@code IBSCBSTot/gCBS/vCBS})
 * @param vIS selective tax ({@code ISTot/vIS})
 */
public record TaxTotals(BigDecimal vBC, BigDecimal vICMS, BigDecimal vICMSDeson, BigDecimal vFCP, BigDecimal vBCST,
                        BigDecimal vST, BigDecimal vFCPST, BigDecimal vFCPSTRet, BigDecimal vII, BigDecimal vIPI,
                        BigDecimal vIPIDevol, BigDecimal vPIS, BigDecimal vCOFINS, BigDecimal vFCPUFDest,
                        BigDecimal vICMSUFDest, BigDecimal vICMSUFRemet, BigDecimal vTotTrib, BigDecimal vBCIBSCBS,
                        BigDecimal vIBSUF, BigDecimal vIBSMun, BigDecimal vIBS, BigDecimal vCBS, BigDecimal vIS) {
    /** All zero. */
    public static final TaxTotals ZERO = new TaxTotals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
            Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
            Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public TaxTotals {
        Objects.requireNonNull(vBC, "vBC");
        Objects.requireNonNull(vICMS, "vICMS");
        Objects.requireNonNull(vICMSDeson, "vICMSDeson");
        Objects.requireNonNull(vFCP, "vFCP");
        Objects.requireNonNull(vBCST, "vBCST");
        Objects.requireNonNull(vST, "vST");
        Objects.requireNonNull(vFCPST, "vFCPST");
        Objects.requireNonNull(vFCPSTRet, "vFCPSTRet");
        Objects.requireNonNull(vII, "vII");
        Objects.requireNonNull(vIPI, "vIPI");
        Objects.requireNonNull(vIPIDevol, "vIPIDevol");
        Objects.requireNonNull(vPIS, "vPIS");
        Objects.requireNonNull(vCOFINS, "vCOFINS");
        Objects.requireNonNull(vFCPUFDest, "vFCPUFDest");
        Objects.requireNonNull(vICMSUFDest, "vICMSUFDest");
        Objects.requireNonNull(vICMSUFRemet, "vICMSUFRemet");
        Objects.requireNonNull(vTotTrib, "vTotTrib");
        Objects.requireNonNull(vBCIBSCBS, "vBCIBSCBS");
        Objects.requireNonNull(vIBSUF, "vIBSUF");
        Objects.requireNonNull(vIBSMun, "vIBSMun");
        Objects.requireNonNull(vIBS, "vIBS");
        Objects.requireNonNull(vCBS, "vCBS");
        Objects.requireNonNull(vIS, "vIS");
    }

    /** The component-wise sum. */
    public TaxTotals plus(TaxTotals other) {
        return new TaxTotals(vBC.add(other.vBC), vICMS.add(other.vICMS), vICMSDeson.add(other.vICMSDeson),
                vFCP.add(other.vFCP), vBCST.add(other.vBCST), vST.add(other.vST), vFCPST.add(other.vFCPST),
                vFCPSTRet.add(other.vFCPSTRet), vII.add(other.vII), vIPI.add(other.vIPI),
                vIPIDevol.add(other.vIPIDevol), vPIS.add(other.vPIS), vCOFINS.add(other.vCOFINS),
                vFCPUFDest.add(other.vFCPUFDest), vICMSUFDest.add(other.vICMSUFDest),
                vICMSUFRemet.add(other.vICMSUFRemet), vTotTrib.add(other.vTotTrib), vBCIBSCBS.add(other.vBCIBSCBS),
                vIBSUF.add(other.vIBSUF), vIBSMun.add(other.vIBSMun), vIBS.add(other.vIBS), vCBS.add(other.vCBS),
                vIS.add(other.vIS));
    }
}
