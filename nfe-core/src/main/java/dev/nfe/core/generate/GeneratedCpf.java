package dev.nfe.core.generate;

/**
 * Check digits of the CPF (individual taxpayer id) for generated documents: two modulo-11 digits, the first over
 * nine digits with weights 10 down to 2, the second over ten digits with weights 11 down to 2.
 */
public final class GeneratedCpf {
    /** Length of a CPF. */
    public static final int LENGTH = 11;

    private GeneratedCpf() {
    }

    /** Appends the two check digits to a nine-digit CPF base. */
    public static String complete(String base9) {
        if (!base9.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("Cannot complete CPF " + base9 + ": expected 9 digits");
        }
        char first = digit(base9);
        return base9 + first + digit(base9 + first);
    }

    /** True when {@code cpf} is 11 digits, not all equal, whose last two are the check digits of the others. */
    public static boolean isValid(String cpf) {
        return cpf.matches("[0-9]{11}")
                && !cpf.chars().allMatch(c -> c == cpf.charAt(0))
                && complete(cpf.substring(0, LENGTH - 2)).equals(cpf);
    }

    /** A random valid CPF. */
    static String random(SeededRandom random) {
        String base = random.between(1, 9) + random.digits(8);
        if (base.chars().allMatch(c -> c == base.charAt(0))) {
            return complete(base.substring(0, 8) + (base.charAt(0) == '9' ? '0' : '9'));
        }
        return complete(base);
    }

    private static char digit(String prefix) {
        int sum = 0;
        int weight = prefix.length() + 1;
        for (int i = 0; i < prefix.length(); i++) {
            sum += (prefix.charAt(i) - '0') * weight--;
        }
        int remainder = sum % 11;
        return remainder < 2 ? '0' : (char) ('0' + (11 - remainder));
    }
}
