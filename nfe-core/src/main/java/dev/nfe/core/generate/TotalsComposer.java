package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code total}: ICMSTot, ISTot and IBSCBSTot as plain sums of the items' rounded amounts, vNF by the
 * layout's formula (see {@link ExpectedTotals}) and vNFTot as the sum of vItem.
 */
final class TotalsComposer {
    private TotalsComposer() {
    }

    static ExpectedTotals write(List<GeneratedItem> items, DocumentTraits traits, TagWriter out) {
        BigDecimal vProd = Money.ZERO;
        BigDecimal vFrete = Money.ZERO;
        BigDecimal vSeg = Money.ZERO;
        BigDecimal vDesc = Money.ZERO;
        BigDecimal vOutro = Money.ZERO;
        BigDecimal vItemSum = Money.ZERO;
        TaxTotals taxes = TaxTotals.ZERO;
        for (GeneratedItem item : items) {
            vProd = vProd.add(item.vProd());
            vFrete = vFrete.add(item.vFrete());
            vSeg = vSeg.add(item.vSeg());
            vDesc = vDesc.add(item.vDesc());
            vOutro = vOutro.add(item.vOutro());
            vItemSum = vItemSum.add(item.vItem().orElse(Money.ZERO));
            taxes = taxes.plus(item.taxes());
        }
        BigDecimal vNF = vProd.subtract(vDesc).subtract(taxes.vICMSDeson()).add(taxes.vST()).add(taxes.vFCPST())
                .add(vFrete).add(vSeg).add(vOutro).add(taxes.vII()).add(taxes.vIPI()).add(taxes.vIPIDevol());

        out.open("total").open("ICMSTot")
                .money("vBC", taxes.vBC())
                .money("vICMS", taxes.vICMS())
                .money("vICMSDeson", taxes.vICMSDeson());
        if (traits.difal()) {
            out.money("vFCPUFDest", taxes.vFCPUFDest())
                    .money("vICMSUFDest", taxes.vICMSUFDest())
                    .money("vICMSUFRemet", taxes.vICMSUFRemet());
        }
        out.money("vFCP", taxes.vFCP())
                .money("vBCST", taxes.vBCST())
                .money("vST", taxes.vST())
                .money("vFCPST", taxes.vFCPST())
                .money("vFCPSTRet", taxes.vFCPSTRet())
                .money("vProd", vProd)
                .money("vFrete", vFrete)
                .money("vSeg", vSeg)
                .money("vDesc", vDesc)
                .money("vII", taxes.vII())
                .money("vIPI", taxes.vIPI())
                .money("vIPIDevol", taxes.vIPIDevol())
                .money("vPIS", taxes.vPIS())
                .money("vCOFINS", taxes.vCOFINS())
                .money("vOutro", vOutro)
                .money("vNF", vNF)
                .money("vTotTrib", taxes.vTotTrib())
                .close("ICMSTot");
        Optional<BigDecimal> vNFTot = Optional.empty();
        if (taxes.vIS().signum() > 0) {
            out.open("ISTot").money("vIS", taxes.vIS()).close("ISTot");
        }
        if (traits.reform()) {
            out.open("IBSCBSTot")
                    .money("vBCIBSCBS", taxes.vBCIBSCBS())
                    .open("gIBS")
                    .open("gIBSUF").money("vDif", Money.ZERO).money("vDevTrib", Money.ZERO)
                    .money("vIBSUF", taxes.vIBSUF()).close("gIBSUF")
                    .open("gIBSMun").money("vDif", Money.ZERO).money("vDevTrib", Money.ZERO)
                    .money("vIBSMun", taxes.vIBSMun()).close("gIBSMun")
                    .money("vIBS", taxes.vIBS())
                    .money("vCredPres", Money.ZERO)
                    .money("vCredPresCondSus", Money.ZERO)
                    .close("gIBS")
                    .open("gCBS").money("vDif", Money.ZERO).money("vDevTrib", Money.ZERO)
                    .money("vCBS", taxes.vCBS())
                    .money("vCredPres", Money.ZERO)
                    .money("vCredPresCondSus", Money.ZERO)
                    .close("gCBS")
                    .close("IBSCBSTot");
            vNFTot = Optional.of(vItemSum);
            out.money("vNFTot", vItemSum);
        }
        out.close("total");
        return new ExpectedTotals(vProd, vFrete, vSeg, vDesc, vOutro, vNF, vNFTot, taxes);
    }
}
