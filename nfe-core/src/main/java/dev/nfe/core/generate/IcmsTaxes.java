package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Computes and shapes an item's ICMS group (and its DIFAL group, ICMSUFDest), adding every amount that the layout
 * totals into ICMSTot to the item's {@link TaxAccumulator}. Child order follows the XSD sequence of each group.
 */
final class IcmsTaxes {
    private static final List<String> MVA = List.of("30", "35", "40", "50.87", "71.78");
    private static final List<String> REDUCTIONS = List.of("20", "33.33", "41.67", "61.11");
    private static final List<String> SN_CREDIT = List.of("1.25", "2.56", "3.95");
    private static final BigDecimal FCP_RATE = new BigDecimal("2");
    private static final BigDecimal RETAINED_MARGIN = new BigDecimal("40");
    private static final BigDecimal SUBSTITUTE_RATE = new BigDecimal("12");
    private static final BigDecimal FULL_SHARE = new BigDecimal("100");

    private IcmsTaxes() {
    }

    /** The ICMS element of an item, with its CST/CSOSN and CFOP. */
    record Line(XmlNode element, String cst, String cfop) {
        Line {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(cst, "cst");
            Objects.requireNonNull(cfop, "cfop");
        }
    }

    /**
     * Builds the ICMS group.
     *
     * @param base the operation value: vProd + vFrete + vSeg + vOutro − vDesc
     * @param vIPI the item's IPI, which joins the ICMS-ST base
     */
    static Line compute(IcmsGroup group, SeededRandom random, DocumentTraits traits, String orig, BigDecimal base,
                        BigDecimal vIPI, TaxAccumulator acc) {
        XmlNode.Builder g = XmlNode.group(group.tag());
        BigDecimal rate = traits.operationRate(orig);
        String cst;
        Cfop cfop = Cfop.SALE;
        switch (group) {
            case ICMS00 -> {
                cst = "00";
                g.text("orig", orig).text("CST", cst).text("modBC", "3");
                ownIcms(g, base, rate, acc);
                if (random.percent(35)) {
                    BigDecimal vFCP = Money.percentOf(base, FCP_RATE);
                    g.scale4("pFCP", FCP_RATE).money("vFCP", vFCP);
                    acc.vFCP = acc.vFCP.add(vFCP);
                }
            }
            case ICMS10 -> {
                cst = "10";
                g.text("orig", orig).text("CST", cst).text("modBC", "3");
                BigDecimal vICMS = ownIcms(g, base, rate, acc);
                fcpWithBase(g, random, base, 50, acc);
                substitution(g, random, traits, base.add(vIPI), vICMS, 75, acc);
                cfop = Cfop.SUBSTITUTE;
            }
            case ICMS20 -> {
                cst = "20";
                BigDecimal reduction = new BigDecimal(random.pick(REDUCTIONS));
                BigDecimal vBC = Money.reducedBy(base, reduction);
                g.text("orig", orig).text("CST", cst).text("modBC", "3").scale4("pRedBC", reduction);
                BigDecimal vICMS = ownIcms(g, vBC, rate, acc);
                fcpWithBase(g, random, vBC, 30, acc);
                if (random.percent(30)) {
                    relief(g, Money.percentOf(base, rate).subtract(vICMS), "9", acc);
                }
            }
            case ICMS40 -> {
                cst = random.pick(List.of("40", "41", "50"));
                g.text("orig", orig).text("CST", cst);
                if (random.percent(25)) {
                    relief(g, Money.percentOf(base, rate), "9", acc);
                }
            }
            case ICMS60 -> {
                cst = "60";
                g.text("orig", orig).text("CST", cst);
                retained(g, random, traits, base, acc);
                if (random.percent(30)) {
                    BigDecimal reduction = new BigDecimal("10");
                    BigDecimal vBCEfet = Money.reducedBy(base, reduction);
                    g.scale4("pRedBCEfet", reduction).money("vBCEfet", vBCEfet)
                            .scale4("pICMSEfet", traits.origin().internalRate())
                            .money("vICMSEfet", Money.percentOf(vBCEfet, traits.origin().internalRate()));
                }
                cfop = Cfop.ALREADY_RETAINED;
            }
            case ICMS90 -> {
                cst = "90";
                g.text("orig", orig).text("CST", cst);
                BigDecimal vICMS = Money.ZERO;
                if (random.percent(80)) {
                    g.text("modBC", "3");
                    vICMS = ownIcms(g, base, rate, acc);
                    fcpWithBase(g, random, base, 25, acc);
                }
                if (!traits.isNfce() && random.percent(30)) {
                    substitution(g, random, traits, base.add(vIPI), vICMS, 50, acc);
                    cfop = Cfop.SUBSTITUTE;
                }
                if (random.percent(15)) {
                    relief(g, Money.percentOf(base, new BigDecimal("5")), "9", acc);
                }
            }
            case ICMSSN101 -> {
                cst = "101";
                BigDecimal credit = new BigDecimal(random.pick(SN_CREDIT));
                g.text("orig", orig).text("CSOSN", cst).scale4("pCredSN", credit)
                        .money("vCredICMSSN", Money.percentOf(base, credit));
            }
            case ICMSSN102 -> {
                cst = random.percent(70) ? "102" : random.pick(List.of("103", "300", "400"));
                g.text("orig", orig).text("CSOSN", cst);
            }
            case ICMSSN500 -> {
                cst = "500";
                g.text("orig", orig).text("CSOSN", cst);
                retained(g, random, traits, base, acc);
                cfop = Cfop.ALREADY_RETAINED;
            }
            case ICMSSN900 -> {
                cst = "900";
                g.text("orig", orig).text("CSOSN", cst);
                BigDecimal vICMS = Money.ZERO;
                if (random.percent(70)) {
                    g.text("modBC", "3");
                    vICMS = ownIcms(g, base, rate, acc);
                }
                if (!traits.isNfce() && random.percent(25)) {
                    substitution(g, random, traits, base.add(vIPI), vICMS, 50, acc);
                    cfop = Cfop.SUBSTITUTE;
                }
                if (random.percent(30)) {
                    BigDecimal credit = new BigDecimal(random.pick(SN_CREDIT));
                    g.scale4("pCredSN", credit).money("vCredICMSSN", Money.percentOf(base, credit));
                }
            }
            default -> throw new IllegalStateException("Cannot compute ICMS group " + group + ": not generated");
        }
        XmlNode icms = XmlNode.group("ICMS").add(g.build()).build();
        return new Line(icms, cst, cfop.code(traits));
    }

    /** ICMSUFDest: the DIFAL shares of an interstate sale to a non-contributor. */
    static XmlNode difal(DocumentTraits traits, String orig, BigDecimal base, TaxAccumulator acc) {
        BigDecimal interstate = traits.operationRate(orig);
        BigDecimal destination = traits.destinationRate();
        BigDecimal vFCPUFDest = Money.percentOf(base, FCP_RATE);
        BigDecimal vICMSUFDest = Money.nonNegative(Money.percentOf(base, destination.subtract(interstate)));
        acc.vFCPUFDest = acc.vFCPUFDest.add(vFCPUFDest);
        acc.vICMSUFDest = acc.vICMSUFDest.add(vICMSUFDest);
        return XmlNode.group("ICMSUFDest")
                .money("vBCUFDest", base)
                .money("vBCFCPUFDest", base)
                .scale4("pFCPUFDest", FCP_RATE)
                .scale4("pICMSUFDest", destination)
                .text("pICMSInter", interstate.setScale(2).toPlainString())
                .scale4("pICMSInterPart", FULL_SHARE)
                .money("vFCPUFDest", vFCPUFDest)
                .money("vICMSUFDest", vICMSUFDest)
                .money("vICMSUFRemet", Money.ZERO)
                .build();
    }

    private static BigDecimal ownIcms(XmlNode.Builder g, BigDecimal vBC, BigDecimal rate, TaxAccumulator acc) {
        BigDecimal vICMS = Money.percentOf(vBC, rate);
        g.money("vBC", vBC).scale4("pICMS", rate).money("vICMS", vICMS);
        acc.vBC = acc.vBC.add(vBC);
        acc.vICMS = acc.vICMS.add(vICMS);
        return vICMS;
    }

    private static void fcpWithBase(XmlNode.Builder g, SeededRandom random, BigDecimal vBC, int chance,
                                    TaxAccumulator acc) {
        if (random.percent(chance)) {
            BigDecimal vFCP = Money.percentOf(vBC, FCP_RATE);
            g.money("vBCFCP", vBC).scale4("pFCP", FCP_RATE).money("vFCP", vFCP);
            acc.vFCP = acc.vFCP.add(vFCP);
        }
    }

    /** The ICMS-ST charged by this emitter as substitute, with its FCP-ST. */
    private static void substitution(XmlNode.Builder g, SeededRandom random, DocumentTraits traits, BigDecimal base,
                                     BigDecimal ownIcms, int fcpChance, TaxAccumulator acc) {
        BigDecimal mva = new BigDecimal(random.pick(MVA));
        BigDecimal vBCST = Money.increased(base, mva);
        BigDecimal rate = traits.destinationRate();
        BigDecimal vICMSST = Money.nonNegative(Money.percentOf(vBCST, rate).subtract(ownIcms));
        g.text("modBCST", "4").scale4("pMVAST", mva).money("vBCST", vBCST).scale4("pICMSST", rate)
                .money("vICMSST", vICMSST);
        acc.vBCST = acc.vBCST.add(vBCST);
        acc.vST = acc.vST.add(vICMSST);
        if (random.percent(fcpChance)) {
            BigDecimal vFCPST = Money.percentOf(vBCST, FCP_RATE);
            g.money("vBCFCPST", vBCST).scale4("pFCPST", FCP_RATE).money("vFCPST", vFCPST);
            acc.vFCPST = acc.vFCPST.add(vFCPST);
        }
    }

    /** ICMS-ST retained earlier in the chain (ICMS60, ICMSSN500): informative, only vFCPSTRet is totalled. */
    private static void retained(XmlNode.Builder g, SeededRandom random, DocumentTraits traits, BigDecimal base,
                                 TaxAccumulator acc) {
        BigDecimal vBCSTRet = Money.increased(base, RETAINED_MARGIN);
        if (random.percent(70)) {
            BigDecimal rate = traits.origin().internalRate();
            BigDecimal substitute = Money.percentOf(base, SUBSTITUTE_RATE);
            g.money("vBCSTRet", vBCSTRet).scale4("pST", rate).money("vICMSSubstituto", substitute)
                    .money("vICMSSTRet", Money.nonNegative(Money.percentOf(vBCSTRet, rate).subtract(substitute)));
        }
        if (random.percent(30)) {
            BigDecimal vFCPSTRet = Money.percentOf(vBCSTRet, FCP_RATE);
            g.money("vBCFCPSTRet", vBCSTRet).scale4("pFCPSTRet", FCP_RATE).money("vFCPSTRet", vFCPSTRet);
            acc.vFCPSTRet = acc.vFCPSTRet.add(vFCPSTRet);
        }
    }

    /** Relieved ICMS, always deducted from vNF (indDeduzDeson=1) so the vNF formula holds. */
    private static void relief(XmlNode.Builder g, BigDecimal vICMSDeson, String motive, TaxAccumulator acc) {
        if (vICMSDeson.signum() > 0) {
            g.money("vICMSDeson", vICMSDeson).text("motDesICMS", motive).text("indDeduzDeson", "1");
            acc.vICMSDeson = acc.vICMSDeson.add(vICMSDeson);
        }
    }

    /** The CFOP of a sale, by how ICMS-ST applies. */
    private enum Cfop {
        SALE("102", "102"),
        SUBSTITUTE("403", "403"),
        ALREADY_RETAINED("405", "404");

        private final String internalSuffix;
        private final String interstateSuffix;

        Cfop(String internalSuffix, String interstateSuffix) {
            this.internalSuffix = internalSuffix;
            this.interstateSuffix = interstateSuffix;
        }

        String code(DocumentTraits traits) {
            return traits.interstate() ? "6" + interstateSuffix : "5" + internalSuffix;
        }
    }
}
