package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Computes an item's IPI, PIS and COFINS groups, adding vIPI, vPIS and vCOFINS to its {@link TaxAccumulator}. */
final class FederalTaxes {
    private static final String NO_FRAMEWORK = "999";

    private FederalTaxes() {
    }

    /**
     * IPI, written by normal-regime NF-e emitters: taxed (IPITrib, CST 50) for industrial goods, otherwise sometimes
     * an untaxed group (IPINT). NFC-e and Simples Nacional emitters leave it out.
     */
    static Optional<XmlNode> ipi(SeededRandom random, DocumentTraits traits, Product product, BigDecimal base,
                                 TaxAccumulator acc) {
        if (traits.isNfce() || traits.emitter().isSimplesNacional()) {
            return Optional.empty();
        }
        if (product.ipiRate().isPresent() && random.percent(85)) {
            BigDecimal rate = product.ipiRate().get();
            BigDecimal vIPI = Money.percentOf(base, rate);
            acc.vIPI = acc.vIPI.add(vIPI);
            XmlNode taxed = XmlNode.group("IPITrib").text("CST", "50").money("vBC", base).scale4("pIPI", rate)
                    .money("vIPI", vIPI).build();
            return Optional.of(XmlNode.group("IPI").text("cEnq", NO_FRAMEWORK).add(taxed).build());
        }
        if (random.percent(25)) {
            XmlNode untaxed = XmlNode.group("IPINT").text("CST", random.pick(List.of("52", "53", "55"))).build();
            return Optional.of(XmlNode.group("IPI").text("cEnq", NO_FRAMEWORK).add(untaxed).build());
        }
        return Optional.empty();
    }

    /** PIS and COFINS, in that order; the base excludes the item's ICMS, as the courts ruled in 2017. */
    static List<XmlNode> pisCofins(SeededRandom random, DocumentTraits traits, BigDecimal base, TaxAccumulator acc) {
        BigDecimal pisBase = base.subtract(acc.vICMS);
        int roll = random.nextInt(100);
        if (traits.emitter().isSimplesNacional()) {
            if (roll < 70) {
                return other("99", Money.ZERO, new BigDecimal("0"), new BigDecimal("0"), acc);
            }
            return notTaxed("07");
        }
        if (roll < 65) {
            BigDecimal vPIS = Money.percentOf(pisBase, traits.pPIS());
            BigDecimal vCOFINS = Money.percentOf(pisBase, traits.pCOFINS());
            acc.vPIS = acc.vPIS.add(vPIS);
            acc.vCOFINS = acc.vCOFINS.add(vCOFINS);
            return List.of(
                    XmlNode.group("PIS").add(XmlNode.group("PISAliq").text("CST", "01").money("vBC", pisBase)
                            .scale4("pPIS", traits.pPIS()).money("vPIS", vPIS).build()).build(),
                    XmlNode.group("COFINS").add(XmlNode.group("COFINSAliq").text("CST", "01")
                            .money("vBC", pisBase).scale4("pCOFINS", traits.pCOFINS()).money("vCOFINS", vCOFINS)
                            .build()).build());
        }
        if (roll < 85) {
            return notTaxed(random.pick(List.of("04", "06", "07", "08", "09")));
        }
        return other(random.pick(List.of("49", "99")), pisBase, traits.pPIS(), traits.pCOFINS(), acc);
    }

    private static List<XmlNode> notTaxed(String cst) {
        return List.of(
                XmlNode.group("PIS").add(XmlNode.group("PISNT").text("CST", cst).build()).build(),
                XmlNode.group("COFINS").add(XmlNode.group("COFINSNT").text("CST", cst).build()).build());
    }

    private static List<XmlNode> other(String cst, BigDecimal vBC, BigDecimal pPIS, BigDecimal pCOFINS,
                                       TaxAccumulator acc) {
        BigDecimal vPIS = Money.percentOf(vBC, pPIS);
        BigDecimal vCOFINS = Money.percentOf(vBC, pCOFINS);
        acc.vPIS = acc.vPIS.add(vPIS);
        acc.vCOFINS = acc.vCOFINS.add(vCOFINS);
        return List.of(
                XmlNode.group("PIS").add(XmlNode.group("PISOutr").text("CST", cst).money("vBC", vBC)
                        .scale4("pPIS", pPIS).money("vPIS", vPIS).build()).build(),
                XmlNode.group("COFINS").add(XmlNode.group("COFINSOutr").text("CST", cst).money("vBC", vBC)
                        .scale4("pCOFINS", pCOFINS).money("vCOFINS", vCOFINS).build()).build());
    }
}
