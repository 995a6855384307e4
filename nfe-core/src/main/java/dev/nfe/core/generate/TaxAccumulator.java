package dev.nfe.core.generate;

import java.math.BigDecimal;

/** The tax amounts of one item while its groups are being computed; frozen into {@link TaxTotals}. */
final class TaxAccumulator {
    BigDecimal vBC = Money.ZERO;
    BigDecimal vICMS = Money.ZERO;
    BigDecimal vICMSDeson = Money.ZERO;
    BigDecimal vFCP = Money.ZERO;
    BigDecimal vBCST = Money.ZERO;
    BigDecimal vST = Money.ZERO;
    BigDecimal vFCPST = Money.ZERO;
    BigDecimal vFCPSTRet = Money.ZERO;
    BigDecimal vIPI = Money.ZERO;
    BigDecimal vPIS = Money.ZERO;
    BigDecimal vCOFINS = Money.ZERO;
    BigDecimal vFCPUFDest = Money.ZERO;
    BigDecimal vICMSUFDest = Money.ZERO;
    BigDecimal vICMSUFRemet = Money.ZERO;
    BigDecimal vBCIBSCBS = Money.ZERO;
    BigDecimal vIBSUF = Money.ZERO;
    BigDecimal vIBSMun = Money.ZERO;
    BigDecimal vIBS = Money.ZERO;
    BigDecimal vCBS = Money.ZERO;
    BigDecimal vIS = Money.ZERO;

    /** The approximate tax burden written in {@code imposto/vTotTrib}. */
    BigDecimal vTotTrib() {
        return vICMS.add(vST).add(vFCP).add(vFCPST).add(vIPI).add(vPIS).add(vCOFINS).add(vFCPUFDest)
                .add(vICMSUFDest);
    }

    TaxTotals toTotals() {
        return new TaxTotals(vBC, vICMS, vICMSDeson, vFCP, vBCST, vST, vFCPST, vFCPSTRet, Money.ZERO, vIPI,
                Money.ZERO, vPIS, vCOFINS, vFCPUFDest, vICMSUFDest, vICMSUFRemet, vTotTrib(), vBCIBSCBS, vIBSUF,
                vIBSMun, vIBS, vCBS, vIS);
    }
}
