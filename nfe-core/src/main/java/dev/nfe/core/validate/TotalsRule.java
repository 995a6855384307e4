package dev.nfe.core.validate;

import dev.nfe.core.model.COFINSST;
import dev.nfe.core.model.Det;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.ICMS;
import dev.nfe.core.model.IBSCBSTot;
import dev.nfe.core.model.ICMSTot;
import dev.nfe.core.model.ISSQNtot;
import dev.nfe.core.model.ISTot;
import dev.nfe.core.model.LayoutPath;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.PISST;
import dev.nfe.core.spi.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The note's totals against their parts: {@code ICMSTot/vProd} against the items, {@code ICMSTot/vNF} against its
 * formula (errors, the corpus's hard checks), and the reform's {@code vNFTot} against vNF and the IBS, CBS and IS
 * amounts (a warning). Every comparison allows one cent, see {@link CentTolerance}.
 */
final class TotalsRule implements Rule {

    private static final String V_PROD = LayoutPath.ICMS_TOT + "/vProd";
    private static final String V_NF = LayoutPath.ICMS_TOT + "/vNF";
    private static final String V_NF_TOT = LayoutPath.TOTAL + "/vNFTot";
    private static final BigDecimal ZERO = BigDecimal.ZERO;

    @Override
    public List<Finding> check(FiscalDocument document) {
        if (!(document instanceof Nfe nfe)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        checkVProd(nfe).ifPresent(findings::add);
        checkVNF(nfe).ifPresent(findings::add);
        checkVNFTot(nfe).ifPresent(findings::add);
        return List.copyOf(findings);
    }

    private static Optional<Finding> checkVProd(Nfe nfe) {
        BigDecimal declared = nfe.total().icmsTot().vProd();
        BigDecimal counted = sumOfItems(nfe, TotalsRule::countsInTotal);
        // A note with goods and services may keep indTot=1 on its ISSQN items and total them in ISSQNtot/vServ only.
        BigDecimal goodsOnly = sumOfItems(nfe, det -> countsInTotal(det) && det.imposto().issqn().isEmpty());
        if (CentTolerance.matchesAny(declared, List.of(counted, goodsOnly))) {
            return Optional.empty();
        }
        return Optional.of(Finding.error(FindingCodes.TOTAL_VPROD, V_PROD,
                "ICMSTot/vProd is " + declared.toPlainString() + " but the items with indTot=1 sum to "
                        + counted.toPlainString() + " (tolerance 0.01)"));
    }

    /** indTot=1: the item's vProd makes up the note's total. Layouts before 2.00 have no indTot: every item counts. */
    private static boolean countsInTotal(Det det) {
        return det.prod().indTot().map("1"::equals).orElse(true);
    }

    private static BigDecimal sumOfItems(Nfe nfe, Predicate<Det> counted) {
        return nfe.det().stream().filter(counted).map(det -> det.prod().vProd()).reduce(ZERO, BigDecimal::add);
    }

    /**
     * vNF = vProd − vDesc − vICMSDeson + vST + vFCPST + vFrete + vSeg + vOutro + vII + vIPI + vIPIDevol + vServ,
     * plus PIS-ST and COFINS-ST when the items say they add to the total (indSomaPISST, indSomaCOFINSST). Accepted
     * variants: without vII (import notes often leave the import tax out of vNF), with or without the desonerated ICMS
     * (see {@link #desoneratedDeductions}), and with ISTot/vIS (whether the selective tax is inside vNF differs between
     * the versions of NT 2025.002).
     */
    private static Optional<Finding> checkVNF(Nfe nfe) {
        ICMSTot tot = nfe.total().icmsTot();
        BigDecimal vServ = nfe.total().issqNtot().flatMap(ISSQNtot::vServ).orElse(ZERO);
        BigDecimal gross = tot.vProd()
                .subtract(tot.vDesc())
                .add(tot.vST())
                .add(tot.vFCPST().orElse(ZERO))
                .add(tot.vFrete())
                .add(tot.vSeg())
                .add(tot.vOutro())
                .add(tot.vII())
                .add(tot.vIPI())
                .add(tot.vIPIDevol().orElse(ZERO))
                .add(vServ)
                .add(substitutionAddedToTotal(nfe));
        List<BigDecimal> deductions = desoneratedDeductions(nfe);
        List<BigDecimal> importTax = alternatives(tot.vII());
        List<BigDecimal> selectiveTax = alternatives(nfe.total().isTot().map(ISTot::vIS).orElse(ZERO));
        Set<BigDecimal> candidates = new LinkedHashSet<>();
        for (BigDecimal deduction : deductions) {
            for (BigDecimal leftOut : importTax) {
                for (BigDecimal selective : selectiveTax) {
                    candidates.add(gross.subtract(deduction).subtract(leftOut).add(selective));
                }
            }
        }
        if (CentTolerance.matchesAny(tot.vNF(), candidates)) {
            return Optional.empty();
        }
        BigDecimal expected = gross.subtract(deductions.get(0));
        return Optional.of(Finding.error(FindingCodes.TOTAL_VNF, V_NF,
                "ICMSTot/vNF is " + tot.vNF().toPlainString() + ", expected " + expected.toPlainString()
                        + " = vProd - vDesc - vICMSDeson + vST + vFCPST + vFrete + vSeg + vOutro + vII + vIPI"
                        + " + vIPIDevol + vServ (tolerance 0.01; the variants without vII, without vICMSDeson"
                        + " and with vIS differ too)"));
    }

    /** Zero first, then {@code amount} when it is not zero: a component that may or may not be in a total. */
    private static List<BigDecimal> alternatives(BigDecimal amount) {
        return amount.signum() == 0 ? List.of(ZERO) : List.of(ZERO, amount);
    }

    private static BigDecimal substitutionAddedToTotal(Nfe nfe) {
        BigDecimal pisSt = sumOfTax(nfe, det -> det.imposto().pisst()
                .filter(st -> st.indSomaPISST().map("1"::equals).orElse(false))
                .map(PISST::vPIS));
        BigDecimal cofinsSt = sumOfTax(nfe, det -> det.imposto().cofinsst()
                .filter(st -> st.indSomaCOFINSST().map("1"::equals).orElse(false))
                .map(COFINSST::vCOFINS));
        return pisSt.add(cofinsSt);
    }

    /**
     * What the desonerated ICMS takes off vNF, the layout's reading first. Since NT 2023.004 each item says with
     * indDeduzDeson whether its vICMSDeson reduces the total, and only those items count. Before it, the manual
     * subtracted ICMSTot/vICMSDeson, but not every state enforced it, so a note may also leave it in.
     */
    private static List<BigDecimal> desoneratedDeductions(Nfe nfe) {
        List<ICMS> icms = nfe.det().stream().flatMap(det -> det.imposto().icms().stream()).toList();
        if (icms.stream().anyMatch(item -> item.indDeduzDeson().isPresent())) {
            return List.of(icms.stream()
                    .filter(item -> item.indDeduzDeson().map("1"::equals).orElse(false))
                    .map(item -> item.vICMSDeson().orElse(ZERO))
                    .reduce(ZERO, BigDecimal::add));
        }
        BigDecimal declared = nfe.total().icmsTot().vICMSDeson().orElse(ZERO);
        return declared.signum() == 0 ? List.of(ZERO) : List.of(declared, ZERO);
    }

    /**
     * vNFTot (NT 2025.002). When every item carries {@code det/vItem}, vNFTot is their sum, the one rule the layout
     * states. Otherwise it is checked against vNF with the taxes charged on top of it, IBS, CBS and IS, accepting the
     * variants that leave out vIS (when it is already inside vNF), add the single-phase vIBSMono and vCBSMono, or
     * leave IBS and CBS out altogether (2026, when they are informative and not charged). A warning, since the
     * published schema documents the field but not its formula.
     */
    private static Optional<Finding> checkVNFTot(Nfe nfe) {
        Optional<BigDecimal> declared = nfe.total().vNFTot();
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> vItems = nfe.det().stream().map(Det::vItem).flatMap(Optional::stream).toList();
        if (!vItems.isEmpty() && vItems.size() == nfe.det().size()) {
            BigDecimal sum = vItems.stream().reduce(ZERO, BigDecimal::add);
            return CentTolerance.matchesAny(declared.get(), List.of(sum)) ? Optional.empty()
                    : Optional.of(Finding.warning(FindingCodes.TOTAL_VNFTOT, V_NF_TOT, "total/vNFTot is "
                            + declared.get().toPlainString() + ", expected " + sum.toPlainString()
                            + " = sum of det/vItem (tolerance 0.01)"));
        }
        Optional<IBSCBSTot> ibscbs = nfe.total().ibscbsTot();
        BigDecimal vNF = nfe.total().icmsTot().vNF();
        BigDecimal base = vNF
                .add(ibscbs.flatMap(IBSCBSTot::gIBS).map(IBSCBSTot.GIBS::vIBS).orElse(ZERO))
                .add(ibscbs.flatMap(IBSCBSTot::gCBS).map(IBSCBSTot.GCBS::vCBS).orElse(ZERO));
        BigDecimal vIS = nfe.total().isTot().map(ISTot::vIS).orElse(ZERO);
        BigDecimal mono = ibscbs.flatMap(IBSCBSTot::gMono)
                .map(gMono -> gMono.vIBSMono().add(gMono.vCBSMono()))
                .orElse(ZERO);
        BigDecimal expected = base.add(vIS);
        List<BigDecimal> candidates = List.of(expected, base, expected.add(mono), base.add(mono), vNF, vNF.add(vIS));
        if (CentTolerance.matchesAny(declared.get(), candidates)) {
            return Optional.empty();
        }
        return Optional.of(Finding.warning(FindingCodes.TOTAL_VNFTOT, V_NF_TOT,
                "total/vNFTot is " + declared.get().toPlainString() + ", expected " + expected.toPlainString()
                        + " = vNF + vIBS + vCBS + vIS (tolerance 0.01; the variants without vIS, with vIBSMono"
                        + " + vCBSMono, and vNF alone for 2026 differ too)"));
    }

    private static BigDecimal sumOfTax(Nfe nfe, Function<Det, Optional<BigDecimal>> amount) {
        return nfe.det().stream().map(amount).flatMap(Optional::stream).reduce(ZERO, BigDecimal::add);
    }
}
