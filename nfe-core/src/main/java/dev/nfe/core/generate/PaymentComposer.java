package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes {@code cobr} (invoice and installments, on some NF-e) and {@code pag} (detPag with cash, card or PIX, and
 * vTroco): the payments minus change always equal vNF, and the installments add up to it.
 */
final class PaymentComposer {
    private static final String CASH = "01";
    private static final String CREDIT_CARD = "03";
    private static final String DEBIT_CARD = "04";
    private static final String BANK_SLIP = "15";
    private static final String PIX = "17";
    private static final List<String> CARD_BRANDS = List.of("01", "02", "03", "06");
    private static final BigDecimal FIVE = new BigDecimal("5");

    private PaymentComposer() {
    }

    /** Writes cobr when the sale is on credit, then pag. */
    static void write(SeededRandom random, DocumentTraits traits, long nNF, LocalDate issueDay, BigDecimal vNF,
                      TagWriter out) {
        if (!traits.isNfce() && random.percent(40)) {
            installments(random, nNF, issueDay, vNF, out);
            out.open("pag").open("detPag").text("indPag", "1").text("tPag", BANK_SLIP).money("vPag", vNF)
                    .close("detPag").close("pag");
            return;
        }
        out.open("pag");
        int roll = random.nextInt(100);
        if (roll < 35) {
            BigDecimal paid = vNF.divide(FIVE, 0, RoundingMode.CEILING).multiply(FIVE).setScale(2);
            if (paid.compareTo(vNF) == 0 || random.percent(40)) {
                paid = vNF;
            }
            out.open("detPag").text("tPag", CASH).money("vPag", paid).close("detPag");
            if (paid.compareTo(vNF) > 0) {
                out.money("vTroco", paid.subtract(vNF));
            }
        } else if (roll < 50 && vNF.compareTo(new BigDecimal("20.00")) > 0) {
            BigDecimal cash = new BigDecimal("10.00");
            out.open("detPag").text("tPag", CASH).money("vPag", cash).close("detPag");
            card(random, random.pick(List.of(CREDIT_CARD, DEBIT_CARD)), vNF.subtract(cash), out);
        } else if (roll < 78) {
            card(random, random.pick(List.of(CREDIT_CARD, DEBIT_CARD)), vNF, out);
        } else {
            out.open("detPag").text("tPag", PIX).money("vPag", vNF).close("detPag");
        }
        out.close("pag");
    }

    private static void card(SeededRandom random, String tPag, BigDecimal amount, TagWriter out) {
        out.open("detPag").text("indPag", "0").text("tPag", tPag).money("vPag", amount)
                .open("card")
                .text("tpIntegra", random.percent(60) ? "1" : "2")
                .text("CNPJ", GeneratedCnpj.random(random))
                .text("tBand", random.pick(CARD_BRANDS))
                .text("cAut", random.digits(6))
                .close("card")
                .close("detPag");
    }

    /** cobr: the invoice and one to four monthly installments, the rounding remainder on the first. */
    private static void installments(SeededRandom random, long nNF, LocalDate issueDay, BigDecimal vNF,
                                     TagWriter out) {
        int count = vNF.compareTo(BigDecimal.ONE) < 0 ? 1 : random.between(1, 4);
        BigDecimal each = vNF.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        BigDecimal first = vNF.subtract(each.multiply(BigDecimal.valueOf(count - 1L)));
        out.open("cobr").open("fat")
                .text("nFat", Long.toString(nNF))
                .money("vOrig", vNF)
                .money("vDesc", Money.ZERO)
                .money("vLiq", vNF)
                .close("fat");
        for (int i = 1; i <= count; i++) {
            out.open("dup")
                    .text("nDup", String.format("%03d", i))
                    .text("dVenc", issueDay.plusDays(30L * i).toString())
                    .money("vDup", i == 1 ? first : each)
                    .close("dup");
        }
        out.close("cobr");
    }
}
