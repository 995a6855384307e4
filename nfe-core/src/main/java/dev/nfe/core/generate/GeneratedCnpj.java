package dev.nfe.core.generate;

/**
 * Check digits of the CNPJ (company taxpayer id) for generated documents: two modulo-11 digits over the first 12
 * characters, weights 2 to 9 repeating from the right. Characters count as their code point minus {@code '0'}, the
 * rule of the alphanumeric CNPJ, which leaves numeric ones unchanged.
 */
public final class GeneratedCnpj {
    /** Length of a CNPJ. */
    public static final int LENGTH = 14;

    private GeneratedCnpj() {
    }

    /** Appends the two check digits to a 12-character CNPJ base (root of 8 plus branch of 4). */
    public static String complete(String base12) {
        if (base12.length() != LENGTH - 2) {
            throw new IllegalArgumentException("Cannot complete CNPJ " + base12 + ": expected 12 characters, got "
                    + base12.length());
        }
        char first = digit(base12);
        return base12 + first + digit(base12 + first);
    }

    /** True when {@code cnpj} is 14 characters whose last two are the check digits of the others. */
    public static boolean isValid(String cnpj) {
        return cnpj.matches("[0-9A-Z]{12}[0-9]{2}") && complete(cnpj.substring(0, LENGTH - 2)).equals(cnpj);
    }

    /** A random valid numeric CNPJ of a head office (branch 0001). */
    static String random(SeededRandom random) {
        String root = random.between(1, 9) + random.digits(7);
        return complete(root + "0001");
    }

    private static char digit(String prefix) {
        int sum = 0;
        int weight = 2;
        for (int i = prefix.length() - 1; i >= 0; i--) {
            sum += (prefix.charAt(i) - '0') * weight;
            weight = weight == 9 ? 2 : weight + 1;
        }
        int remainder = sum % 11;
        return remainder < 2 ? '0' : (char) ('0' + (11 - remainder));
    }
}
