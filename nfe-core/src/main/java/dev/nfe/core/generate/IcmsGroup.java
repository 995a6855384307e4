package dev.nfe.core.generate;

/** The ICMS situations the generator writes, by element name under {@code imposto/ICMS}. */
enum IcmsGroup {
    ICMS00("ICMS00", StGoods.ANY),
    ICMS10("ICMS10", StGoods.REQUIRED),
    ICMS20("ICMS20", StGoods.ANY),
    ICMS40("ICMS40", StGoods.ANY),
    ICMS60("ICMS60", StGoods.REQUIRED),
    ICMS90("ICMS90", StGoods.ANY),
    ICMSSN101("ICMSSN101", StGoods.ANY),
    ICMSSN102("ICMSSN102", StGoods.ANY),
    ICMSSN500("ICMSSN500", StGoods.REQUIRED),
    ICMSSN900("ICMSSN900", StGoods.ANY);

    /** Whether the group only makes sense for goods under ICMS substitution (with a CEST). */
    enum StGoods {
        ANY, REQUIRED
    }

    private final String tag;
    private final StGoods stGoods;

    IcmsGroup(String tag, StGoods stGoods) {
        this.tag = tag;
        this.stGoods = stGoods;
    }

    String tag() {
        return tag;
    }

    boolean requiresStGoods() {
        return stGoods == StGoods.REQUIRED;
    }

    /**
     * Draws the group of one item. Normal-regime emitters use CST groups, Simples Nacional ones CSOSN groups; NFC-e
     * never charge ICMS-ST (no ICMS10) nor pass on a Simples Nacional credit (no ICMSSN101); DIFAL sales are taxed
     * interstate (ICMS00).
     */
    static IcmsGroup draw(SeededRandom random, DocumentTraits traits) {
        int roll = random.nextInt(100);
        if (traits.emitter().isSimplesNacional()) {
            if (traits.isNfce()) {
                return roll < 50 ? ICMSSN102 : roll < 75 ? ICMSSN500 : ICMSSN900;
            }
            return roll < 30 ? ICMSSN101 : roll < 60 ? ICMSSN102 : roll < 80 ? ICMSSN500 : ICMSSN900;
        }
        if (traits.difal()) {
            return ICMS00;
        }
        if (traits.isNfce()) {
            return roll < 35 ? ICMS00 : roll < 50 ? ICMS20 : roll < 65 ? ICMS40 : roll < 85 ? ICMS60 : ICMS90;
        }
        return roll < 30 ? ICMS00 : roll < 45 ? ICMS10 : roll < 60 ? ICMS20 : roll < 70 ? ICMS40
                : roll < 85 ? ICMS60 : ICMS90;
    }
}
