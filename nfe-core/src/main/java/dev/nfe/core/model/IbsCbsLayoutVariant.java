package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The versions of NT 2025.002 (reforma tributária) whose IBS/CBS groups software still emits, told apart by element
 * names. A variant is the earliest version whose layout the elements of a document fit, so a document with no
 * distinguishing element gets the oldest variant it is compatible with.
 *
 * <ul>
 *   <li>{@value #V1_00}: v1.00 and v1.10, {@code gIBSCBS} without {@code vIBS}, the presumed credit
 *       ({@code gIBSCredPres}, {@code gCBSCredPres}) inside {@code gIBSCBS};</li>
 *   <li>{@value #V1_20}: v1.20 to v1.2x, {@code vIBS} required, the presumed credit still inside
 *       {@code gIBSCBS};</li>
 *   <li>{@value #V1_30}: v1.30 and later, with {@code indDoacao}, {@code gAjusteCompet}, {@code gEstornoCred},
 *       {@code gCredPresOper} or the totals' {@code gEstornoCred};</li>
 *   <li>{@value #V1_40}: v1.40 and v1.50 (PL_010e, PL_010f), with {@code gCBS/gALCZFMCBS}.</li>
 * </ul>
 */
public final class IbsCbsLayoutVariant {

    /** NT 2025.002 v1.00 and v1.10: no {@code gIBSCBS/vIBS}. */
    public static final String V1_00 = "1.00";
    /** NT 2025.002 v1.20 to v1.2x: {@code vIBS}, presumed credit inside {@code gIBSCBS}. */
    public static final String V1_20 = "1.20";
    /** NT 2025.002 v1.30 and later: donation, competence adjustment, credit reversal, operation credit groups. */
    public static final String V1_30 = "1.30";
    /** NT 2025.002 v1.40 and v1.50 (PL_010e, PL_010f): the ALC/ZFM CBS group. */
    public static final String V1_40 = "1.40";

    private IbsCbsLayoutVariant() {
    }

    /**
     * The variant of a whole note: the newest of its items' variants, at least {@value #V1_30} when its totals carry
     * {@code gEstornoCred}, {@value #V1_20} when only its totals have IBS/CBS; empty when the note has no IBS/CBS
     * group at all.
     */
    public static Optional<String> of(Nfe nfe) {
        Objects.requireNonNull(nfe, "nfe");
        Optional<String> variant = nfe.det().stream().map(det -> det.imposto().ibscbs())
                .flatMap(Optional::stream).map(IBSCBS::layoutVariant).reduce(IbsCbsLayoutVariant::newest);
        boolean reversalTotals = nfe.total().ibscbsTot().flatMap(IBSCBSTot::gEstornoCred).isPresent();
        if (reversalTotals) {
            return Optional.of(variant.map(v -> newest(v, V1_30)).orElse(V1_30));
        }
        if (variant.isEmpty() && nfe.total().ibscbsTot().isPresent()) {
            return Optional.of(V1_20);
        }
        return variant;
    }

    /** The newer of two variants. */
    public static String newest(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
