package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one {@code det} item: draws its product, quantity and price, computes every tax group in dependency order
 * (IPI before ICMS-ST, ICMS before PIS/COFINS, all of them before IBS/CBS and vTotTrib) and then writes prod,
 * imposto and vItem in XSD order.
 */
final class ItemComposer {
    private static final List<Product> ST_GOODS = Product.CATALOGUE.stream().filter(Product::isSubjectToSt).toList();

    private final SeededRandom random;
    private final DocumentTraits traits;
    private final TagWriter out;

    ItemComposer(SeededRandom random, DocumentTraits traits, TagWriter out) {
        this.random = random;
        this.traits = traits;
        this.out = out;
    }

    GeneratedItem compose(int nItem) {
        IcmsGroup group = IcmsGroup.draw(random, traits);
        Product product = random.pick(group.requiresStGoods() ? ST_GOODS : Product.CATALOGUE);
        BigDecimal qCom = quantity(product);
        BigDecimal vUnCom = unitPrice(product);
        BigDecimal vProd = Money.round(qCom.multiply(vUnCom));
        BigDecimal vDesc = random.percent(15) ? Money.percentOf(vProd, BigDecimal.valueOf(random.between(1, 10)))
                : Money.ZERO;
        BigDecimal vFrete = traits.freightRate().map(rate -> Money.percentOf(vProd, rate)).orElse(Money.ZERO);
        BigDecimal vSeg = !traits.isNfce() && random.percent(5) ? Money.percentOf(vProd, BigDecimal.ONE) : Money.ZERO;
        BigDecimal vOutro = random.percent(6) ? Money.percentOf(vProd, new BigDecimal("2")) : Money.ZERO;
        BigDecimal base = vProd.add(vFrete).add(vSeg).add(vOutro).subtract(vDesc);
        String orig = origin();

        TaxAccumulator acc = new TaxAccumulator();
        Optional<XmlNode> ipi = FederalTaxes.ipi(random, traits, product, base, acc);
        IcmsTaxes.Line icms = IcmsTaxes.compute(group, random, traits, orig, base, acc.vIPI, acc);
        List<XmlNode> pisCofins = FederalTaxes.pisCofins(random, traits, base, acc);
        Optional<XmlNode> difal = traits.difal() ? Optional.of(IcmsTaxes.difal(traits, orig, base, acc))
                : Optional.empty();
        Optional<XmlNode> selective = Optional.empty();
        Optional<XmlNode> ibsCbs = Optional.empty();
        if (traits.reform()) {
            selective = ReformTaxes.selectiveTax(random, traits, base, acc);
            ibsCbs = Optional.of(ReformTaxes.ibsCbs(random, traits, base, acc));
        }

        out.open("det", "nItem", Integer.toString(nItem)).open("prod")
                .text("cProd", product.cProd())
                .text("cEAN", product.gtin())
                .text("xProd", product.xProd())
                .text("NCM", product.ncm());
        product.cest().ifPresent(cest -> out.text("CEST", cest));
        out.text("CFOP", icms.cfop())
                .text("uCom", product.uCom())
                .scale4("qCom", qCom)
                .unitPrice("vUnCom", vUnCom)
                .money("vProd", vProd)
                .text("cEANTrib", product.gtin())
                .text("uTrib", product.uCom())
                .scale4("qTrib", qCom)
                .unitPrice("vUnTrib", vUnCom);
        optionalMoney("vFrete", vFrete);
        optionalMoney("vSeg", vSeg);
        optionalMoney("vDesc", vDesc);
        optionalMoney("vOutro", vOutro);
        out.text("indTot", "1");
        if (!traits.isNfce() && random.percent(15)) {
            out.text("xPed", "PED" + random.digits(6)).text("nItemPed", Integer.toString(nItem));
        }
        out.close("prod").open("imposto").money("vTotTrib", acc.vTotTrib()).element(icms.element());
        ipi.ifPresent(out::element);
        pisCofins.forEach(out::element);
        difal.ifPresent(out::element);
        selective.ifPresent(out::element);
        ibsCbs.ifPresent(out::element);
        out.close("imposto");
        if (random.percent(10)) {
            out.text("infAdProd", "Lote " + random.digits(6) + " - validade indeterminada");
        }
        Optional<BigDecimal> vItem = Optional.empty();
        TaxTotals taxes = acc.toTotals();
        if (traits.reform()) {
            vItem = Optional.of(itemTotal(vProd, vDesc, vFrete, vSeg, vOutro, taxes));
            out.money("vItem", vItem.get());
        }
        out.close("det");
        return new GeneratedItem(nItem, product.cProd(), product.xProd(), product.ncm(), icms.cfop(), qCom, vUnCom,
                vProd, vDesc, vFrete, vSeg, vOutro, group.tag(), icms.cst(), taxes, vItem);
    }

    /**
     * The item's share of the document total (rule VB01-10), before 2027 without IBS and CBS, which are only
     * informative in 2026.
     */
    private BigDecimal itemTotal(BigDecimal vProd, BigDecimal vDesc, BigDecimal vFrete, BigDecimal vSeg,
                                 BigDecimal vOutro, TaxTotals taxes) {
        BigDecimal total = vProd.subtract(vDesc).subtract(taxes.vICMSDeson()).add(taxes.vST()).add(taxes.vFCPST())
                .add(vFrete).add(vSeg).add(vOutro).add(taxes.vII()).add(taxes.vIPI()).add(taxes.vIPIDevol());
        if (traits.year() >= 2027) {
            total = total.add(taxes.vIBS()).add(taxes.vCBS()).add(taxes.vIS());
        }
        return total;
    }

    private void optionalMoney(String name, BigDecimal value) {
        if (value.signum() > 0) {
            out.money(name, value);
        }
    }

    private String origin() {
        int roll = random.nextInt(100);
        return roll < 85 ? "0" : roll < 93 ? "2" : roll < 97 ? "1" : "5";
    }

    /** Quantities at scale 4; consumer receipts (NFC-e) sell a few units or kilograms, NF-e also wholesale lots. */
    private BigDecimal quantity(Product product) {
        boolean retail = traits.isNfce();
        return switch (product.quantity()) {
            case UNITS -> BigDecimal.valueOf(random.percent(75) ? random.between(1, retail ? 3 : 6)
                    : random.between(retail ? 4 : 7, retail ? 12 : 48)).setScale(4);
            case WEIGHT -> BigDecimal.valueOf(random.between(100, retail ? 5_000 : 25_000), 3).setScale(4);
            case BULK -> BigDecimal.valueOf(retail ? random.between(1, 30) : random.between(10, 500)).setScale(4);
        };
    }

    /** Cents mostly; a fifth of prices carry four decimals, as fuel and bulk prices do. */
    private BigDecimal unitPrice(Product product) {
        long cents = random.between(product.minCents(), product.maxCents());
        BigDecimal price = random.percent(20) ? BigDecimal.valueOf(cents * 100 + random.nextInt(100), 4)
                : BigDecimal.valueOf(cents, 2);
        return price.setScale(10);
    }
}
