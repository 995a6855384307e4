package dev.nfe.core.validate;

import dev.nfe.core.model.COFINS;
import dev.nfe.core.model.Det;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.GIBSCBS;
import dev.nfe.core.model.IBSCBS;
import dev.nfe.core.model.IBSCBSTot;
import dev.nfe.core.model.ICMS;
import dev.nfe.core.model.ICMSTot;
import dev.nfe.core.model.ICMSUFDest;
import dev.nfe.core.model.II;
import dev.nfe.core.model.IPI;
import dev.nfe.core.model.IS;
import dev.nfe.core.model.ISSQN;
import dev.nfe.core.model.ISSQNtot;
import dev.nfe.core.model.ImpostoDevol;
import dev.nfe.core.model.LayoutPath;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.PIS;
import dev.nfe.core.spi.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each tax total against the sum of its item amounts, within one cent: ICMSTot (ICMS, ICMS-ST, FCP, DIFAL, IPI, II,
 * PIS, COFINS), ISSQNtot, the reform's IBSCBSTot and ISTot. A total the document leaves out is not checked.
 *
 * <p>Warnings, not errors: the corpus holds a valid NFC-e whose ICMSTot/vBC is 2.90 while its only item (CSOSN 500)
 * has no base, and the manifest's hard checks stop at vProd and vNF.
 */
final class TaxTotalsRule implements Rule {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    @Override
    public List<Finding> check(FiscalDocument document) {
        if (!(document instanceof Nfe nfe)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        checkIcmsTot(findings, nfe);
        nfe.total().issqNtot().ifPresent(tot -> checkIssqnTot(findings, nfe, tot));
        nfe.total().ibscbsTot().ifPresent(tot -> checkIbsCbsTot(findings, nfe, tot));
        nfe.total().isTot().ifPresent(tot -> compare(findings, "ISTot/vIS", Optional.of(tot.vIS()), "IS/vIS",
                sum(nfe, det -> det.imposto().is().flatMap(IS::vIS))));
        return List.copyOf(findings);
    }

    private static void checkIcmsTot(List<Finding> findings, Nfe nfe) {
        ICMSTot tot = nfe.total().icmsTot();
        compare(findings, "ICMSTot/vBC", Optional.of(tot.vBC()), "ICMS/vBC", sum(nfe, icms(ICMS::vBC)));
        compare(findings, "ICMSTot/vICMS", Optional.of(tot.vICMS()), "ICMS/vICMS", sum(nfe, icms(ICMS::vICMS)));
        compare(findings, "ICMSTot/vICMSDeson", tot.vICMSDeson(), "ICMS/vICMSDeson",
                sum(nfe, icms(ICMS::vICMSDeson)));
        compare(findings, "ICMSTot/vFCPUFDest", tot.vFCPUFDest(), "ICMSUFDest/vFCPUFDest",
                sum(nfe, icmsUfDest(ICMSUFDest::vFCPUFDest)));
        compare(findings, "ICMSTot/vICMSUFDest", tot.vICMSUFDest(), "ICMSUFDest/vICMSUFDest",
                sum(nfe, icmsUfDest(dest -> Optional.of(dest.vICMSUFDest()))));
        compare(findings, "ICMSTot/vICMSUFRemet", tot.vICMSUFRemet(), "ICMSUFDest/vICMSUFRemet",
                sum(nfe, icmsUfDest(dest -> Optional.of(dest.vICMSUFRemet()))));
        compare(findings, "ICMSTot/vFCP", tot.vFCP(), "ICMS/vFCP", sum(nfe, icms(ICMS::vFCP)));
        compare(findings, "ICMSTot/vBCST", Optional.of(tot.vBCST()), "ICMS/vBCST", sum(nfe, icms(ICMS::vBCST)));
        compare(findings, "ICMSTot/vST", Optional.of(tot.vST()), "ICMS/vICMSST", sum(nfe, icms(ICMS::vICMSST)));
        compare(findings, "ICMSTot/vFCPST", tot.vFCPST(), "ICMS/vFCPST", sum(nfe, icms(ICMS::vFCPST)));
        compare(findings, "ICMSTot/vFCPSTRet", tot.vFCPSTRet(), "ICMS/vFCPSTRet", sum(nfe, icms(ICMS::vFCPSTRet)));
        compare(findings, "ICMSTot/vII", Optional.of(tot.vII()), "II/vII",
                sum(nfe, det -> det.imposto().ii().map(II::vII)));
        compare(findings, "ICMSTot/vIPI", Optional.of(tot.vIPI()), "IPI/vIPI",
                sum(nfe, det -> det.imposto().ipi().flatMap(IPI::vIPI)));
        compare(findings, "ICMSTot/vIPIDevol", tot.vIPIDevol(), "impostoDevol/IPI/vIPIDevol",
                sum(nfe, det -> det.impostoDevol().map(ImpostoDevol::vIPIDevol)));
        // A note with goods and services totals the PIS and COFINS of its ISSQN items in ISSQNtot instead.
        compare(findings, "ICMSTot/vPIS", Optional.of(tot.vPIS()), "PIS/vPIS",
                sum(nfe, goods(pis())), sum(nfe, pis()));
        compare(findings, "ICMSTot/vCOFINS", Optional.of(tot.vCOFINS()), "COFINS/vCOFINS",
                sum(nfe, goods(cofins())), sum(nfe, cofins()));
    }

    private static void checkIssqnTot(List<Finding> findings, Nfe nfe, ISSQNtot tot) {
        compare(findings, "ISSQNtot/vServ", tot.vServ(), "prod/vProd of the ISSQN items",
                sum(nfe, det -> det.imposto().issqn().map(issqn -> det.prod().vProd())));
        compare(findings, "ISSQNtot/vBC", tot.vBC(), "ISSQN/vBC", sum(nfe, issqn(ISSQN::vBC)));
        compare(findings, "ISSQNtot/vISS", tot.vISS(), "ISSQN/vISSQN", sum(nfe, issqn(ISSQN::vISSQN)));
    }

    private static void checkIbsCbsTot(List<Finding> findings, Nfe nfe, IBSCBSTot tot) {
        compare(findings, "IBSCBSTot/vBCIBSCBS", Optional.of(tot.vBCIBSCBS()), "gIBSCBS/vBC",
                sum(nfe, ibsCbs(GIBSCBS::vBC)));
        tot.gIBS().ifPresent(gIBS -> {
            compare(findings, "IBSCBSTot/gIBS/gIBSUF/vIBSUF", Optional.of(gIBS.gIBSUF().vIBSUF()),
                    "gIBSCBS/gIBSUF/vIBSUF", sum(nfe, ibsCbs(item -> item.gIBSUF().vIBSUF())));
            compare(findings, "IBSCBSTot/gIBS/gIBSMun/vIBSMun", Optional.of(gIBS.gIBSMun().vIBSMun()),
                    "gIBSCBS/gIBSMun/vIBSMun", sum(nfe, ibsCbs(item -> item.gIBSMun().vIBSMun())));
            compare(findings, "IBSCBSTot/gIBS/vIBS", Optional.of(gIBS.vIBS()), "gIBSCBS/vIBS",
                    sum(nfe, ibsCbs(GIBSCBS::vIBS)));
        });
        tot.gCBS().ifPresent(gCBS -> compare(findings, "IBSCBSTot/gCBS/vCBS", Optional.of(gCBS.vCBS()),
                "gIBSCBS/gCBS/vCBS", sum(nfe, ibsCbs(item -> item.gCBS().vCBS()))));
    }

    /** Reports {@code total} when it is declared and within one cent of none of the {@code computed} sums. */
    private static void compare(List<Finding> findings, String total, Optional<BigDecimal> declared, String items,
            BigDecimal... computed) {
        if (declared.isEmpty() || CentTolerance.matchesAny(declared.get(), List.of(computed))) {
            return;
        }
        findings.add(Finding.warning(FindingCodes.TOTAL_TAX, LayoutPath.TOTAL + "/" + total,
                total + " is " + declared.get().toPlainString() + " but the items' " + items + " sum to "
                        + computed[0].toPlainString() + " (tolerance 0.01)"));
    }

    private static BigDecimal sum(Nfe nfe, Function<Det, Optional<BigDecimal>> amount) {
        BigDecimal sum = ZERO;
        for (Det det : nfe.det()) {
            Optional<BigDecimal> value = amount.apply(det);
            if (value.isPresent()) {
                sum = sum.add(value.get());
            }
        }
        return sum;
    }

    private static Function<Det, Optional<BigDecimal>> icms(Function<ICMS, Optional<BigDecimal>> amount) {
        return det -> det.imposto().icms().flatMap(amount);
    }

    private static Function<Det, Optional<BigDecimal>> icmsUfDest(
            Function<ICMSUFDest, Optional<BigDecimal>> amount) {
        return det -> det.imposto().icmsufDest().flatMap(amount);
    }

    private static Function<Det, Optional<BigDecimal>> issqn(Function<ISSQN, BigDecimal> amount) {
        return det -> det.imposto().issqn().map(amount);
    }

    private static Function<Det, Optional<BigDecimal>> ibsCbs(Function<GIBSCBS, BigDecimal> amount) {
        return det -> det.imposto().ibscbs().flatMap(IBSCBS::gIBSCBS).map(amount);
    }

    private static Function<Det, Optional<BigDecimal>> pis() {
        return det -> det.imposto().pis().flatMap(PIS::vPIS);
    }

    private static Function<Det, Optional<BigDecimal>> cofins() {
        return det -> det.imposto().cofins().flatMap(COFINS::vCOFINS);
    }

    /** Only the items that are goods, not services taxed by ISSQN. */
    private static Function<Det, Optional<BigDecimal>> goods(Function<Det, Optional<BigDecimal>> amount) {
        return det -> det.imposto().issqn().isPresent() ? Optional.empty() : amount.apply(det);
    }
}
