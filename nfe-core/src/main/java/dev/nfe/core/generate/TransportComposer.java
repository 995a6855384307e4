package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.util.List;

/** Writes {@code transp}: freight mode, sometimes a carrier, its vehicle and volumes with seals. */
final class TransportComposer {
    private static final List<String> CARRIERS = List.of("Transportadora Rápido Sul Ltda",
            "Expresso Bandeirantes Ltda", "Logística Três Rios S.A.", "TransLeste Cargas Ltda");
    private static final List<String> PACKAGES = List.of("CAIXA", "VOLUME", "PALETE", "FARDO");
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private TransportComposer() {
    }

    /**
     * Writes the group. NFC-e carry no freight ({@code modFrete=9}); NF-e whose items charge freight use mode 0
     * (by the emitter), others draw a mode.
     */
    static void write(SeededRandom random, DocumentTraits traits, TagWriter out) {
        String modFrete;
        if (traits.isNfce()) {
            modFrete = "9";
        } else if (traits.freightRate().isPresent()) {
            modFrete = "0";
        } else {
            modFrete = random.pick(List.of("0", "1", "2", "9"));
        }
        out.open("transp").text("modFrete", modFrete);
        if (!modFrete.equals("9") && random.percent(70)) {
            Municipality place = random.pick(Municipality.WEIGHTED);
            out.open("transporta")
                    .text("CNPJ", GeneratedCnpj.random(random))
                    .text("xNome", random.pick(CARRIERS))
                    .text("IE", random.between(1, 9) + random.digits(9))
                    .text("xEnder", "Rodovia BR-" + random.between(101, 499) + ", Km " + random.between(1, 900))
                    .text("xMun", place.xMun())
                    .text("UF", place.uf())
                    .close("transporta");
            if (random.percent(40)) {
                out.open("veicTransp").text("placa", plate(random)).text("UF", place.uf()).close("veicTransp");
            }
        }
        if (!traits.isNfce() && (!modFrete.equals("9") || random.percent(50))) {
            int volumes = random.between(1, 2);
            for (int i = 1; i <= volumes; i++) {
                BigDecimal pesoL = BigDecimal.valueOf(random.between(500, 900_000), 3);
                BigDecimal pesoB = pesoL.add(BigDecimal.valueOf(random.between(100, 20_000), 3));
                out.open("vol")
                        .text("qVol", Integer.toString(random.between(1, 40)))
                        .text("esp", random.pick(PACKAGES));
                if (random.percent(50)) {
                    out.text("marca", "MARCA" + random.between(1, 9)).text("nVol", Integer.toString(i));
                }
                out.scale3("pesoL", pesoL).scale3("pesoB", pesoB);
                if (random.percent(30)) {
                    int seals = random.between(1, 3);
                    for (int s = 0; s < seals; s++) {
                        out.open("lacres").text("nLacre", "LC" + random.digits(7)).close("lacres");
                    }
                }
                out.close("vol");
            }
        }
        out.close("transp");
    }

    /** A Mercosul plate: three letters, a digit, a letter, two digits. */
    private static String plate(SeededRandom random) {
        return "" + letter(random) + letter(random) + letter(random) + random.nextInt(10) + letter(random)
                + random.digits(2);
    }

    private static char letter(SeededRandom random) {
        return LETTERS.charAt(random.nextInt(LETTERS.length()));
    }
}
