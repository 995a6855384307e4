package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Computes an item's groups of the 2026 consumption-tax reform (NT 2025.002): IS (imposto seletivo, from 2027) and
 * IBSCBS with gIBSCBS (gIBSUF, gIBSMun, gCBS), adding their amounts to the item's {@link TaxAccumulator}.
 *
 * <p>Rates are the transition's test rates: in 2026 IBS 0.1% (state) and CBS 0.9%; from 2027 IBS 0.05% + 0.05% and
 * CBS 8.8%. The base follows validation rule UB16-10: vProd + vFrete + vSeg + vOutro − vDesc − vPIS − vCOFINS − vICMS
 * − vICMSUFDest − vFCP − vFCPUFDest + vIS.
 */
final class ReformTaxes {
    private static final int SELECTIVE_TAX_YEAR = 2027;
    private static final List<String> SELECTIVE_RATES = List.of("10", "20", "25");

    private ReformTaxes() {
    }

    /** The IS group, on some items of documents issued from 2027. */
    static Optional<XmlNode> selectiveTax(SeededRandom random, DocumentTraits traits, BigDecimal base,
                                          TaxAccumulator acc) {
        if (traits.year() < SELECTIVE_TAX_YEAR || !random.percent(15)) {
            return Optional.empty();
        }
        BigDecimal rate = new BigDecimal(random.pick(SELECTIVE_RATES));
        BigDecimal vIS = Money.percentOf(base, rate);
        acc.vIS = acc.vIS.add(vIS);
        return Optional.of(XmlNode.group("IS").text("CSTIS", "000").text("cClassTribIS", "000001")
                .money("vBCIS", base).scale4("pIS", rate).money("vIS", vIS).build());
    }

    /** The IBSCBS group: full rate (CST 000), reduced rate (CST 200, gRed) or not levied (CST 410, no gIBSCBS). */
    static XmlNode ibsCbs(SeededRandom random, DocumentTraits traits, BigDecimal base, TaxAccumulator acc) {
        int roll = random.nextInt(100);
        XmlNode.Builder group = XmlNode.group("IBSCBS");
        if (roll >= 90) {
            return group.text("CST", "410").text("cClassTrib", "410999").build();
        }
        BigDecimal reduction = roll < 70 ? BigDecimal.ZERO : new BigDecimal(random.percent(50) ? "60" : "30");
        String cst = reduction.signum() == 0 ? "000" : "200";
        String cClassTrib = reduction.signum() == 0 ? "000001" : "200028";
        BigDecimal vBC = Money.nonNegative(base.subtract(acc.vPIS).subtract(acc.vCOFINS).subtract(acc.vICMS)
                .subtract(acc.vICMSUFDest).subtract(acc.vFCP).subtract(acc.vFCPUFDest).add(acc.vIS));
        boolean from2027 = traits.year() >= SELECTIVE_TAX_YEAR;
        BigDecimal pIBSUF = new BigDecimal(from2027 ? "0.05" : "0.1");
        BigDecimal pIBSMun = new BigDecimal(from2027 ? "0.05" : "0");
        BigDecimal pCBS = new BigDecimal(from2027 ? "8.8" : "0.9");

        XmlNode.Builder uf = XmlNode.group("gIBSUF").scale4("pIBSUF", pIBSUF);
        BigDecimal vIBSUF = share(uf, pIBSUF, reduction, vBC);
        uf.money("vIBSUF", vIBSUF);
        XmlNode.Builder mun = XmlNode.group("gIBSMun").scale4("pIBSMun", pIBSMun);
        BigDecimal vIBSMun = share(mun, pIBSMun, reduction, vBC);
        mun.money("vIBSMun", vIBSMun);
        XmlNode.Builder cbs = XmlNode.group("gCBS").scale4("pCBS", pCBS);
        BigDecimal vCBS = share(cbs, pCBS, reduction, vBC);
        cbs.money("vCBS", vCBS);
        BigDecimal vIBS = vIBSUF.add(vIBSMun);

        acc.vBCIBSCBS = acc.vBCIBSCBS.add(vBC);
        acc.vIBSUF = acc.vIBSUF.add(vIBSUF);
        acc.vIBSMun = acc.vIBSMun.add(vIBSMun);
        acc.vIBS = acc.vIBS.add(vIBS);
        acc.vCBS = acc.vCBS.add(vCBS);
        XmlNode detail = XmlNode.group("gIBSCBS").money("vBC", vBC).add(uf.build()).add(mun.build())
                .money("vIBS", vIBS).add(cbs.build()).build();
        return group.text("CST", cst).text("cClassTrib", cClassTrib).add(detail).build();
    }

    /** Writes gRed when the rate is reduced and returns the share's amount at the effective rate. */
    private static BigDecimal share(XmlNode.Builder group, BigDecimal rate, BigDecimal reduction, BigDecimal vBC) {
        if (reduction.signum() == 0) {
            return Money.percentOf(vBC, rate);
        }
        BigDecimal effective = Money.reduced(rate, reduction);
        group.add(XmlNode.group("gRed").scale4("pRedAliq", reduction).scale4("pAliqEfet", effective).build());
        return Money.percentOf(vBC, effective);
    }
}
