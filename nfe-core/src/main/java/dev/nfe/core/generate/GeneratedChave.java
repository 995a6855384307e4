package dev.nfe.core.generate;

/**
 * Builds and checks chaves de acesso (the 44-character NF-e access key) for generated documents: cUF(2) AAMM(4)
 * CNPJ(14) mod(2) serie(3) nNF(9) tpEmis(1) cNF(8) cDV(1), where cDV is modulo 11 over the first 43 characters with
 * weights 2 to 9 repeating from the right. Characters count as their code point minus {@code '0'}, which is the rule
 * for the alphanumeric CNPJ and leaves digits unchanged.
 */
public final class GeneratedChave {
    /** Length of a chave de acesso. */
    public static final int LENGTH = 44;

    private GeneratedChave() {
    }

    /**
     * Assembles a chave from its fields and appends its check digit.
     *
     * @param cUF two-digit IBGE state code
     * @param aamm year and month of dhEmi, {@code YYMM}
     * @param cnpj the emitter's 14-character CNPJ (a CPF is left-padded with zeros by the caller)
     * @param mod 55 or 65
     * @param serie 0 to 999
     * @param nNF 1 to 999999999
     * @param tpEmis emission type digit
     * @param cNF eight-digit random code
     * @return the 44-character chave
     */
    public static String of(String cUF, String aamm, String cnpj, String mod, int serie, long nNF, String tpEmis,
                            String cNF) {
        String first43 = cUF + aamm + cnpj + mod + pad(serie, 3) + pad(nNF, 9) + tpEmis + cNF;
        if (first43.length() != LENGTH - 1) {
            throw new IllegalArgumentException("Cannot build a chave from " + first43 + ": expected 43 characters, got "
                    + first43.length());
        }
        return first43 + checkDigit(first43);
    }

    /** The modulo-11 check digit (cDV) of the first 43 characters of a chave. */
    public static char checkDigit(String first43) {
        if (first43.length() != LENGTH - 1) {
            throw new IllegalArgumentException("Cannot compute the DV of " + first43 + ": expected 43 characters, got "
                    + first43.length());
        }
        int sum = 0;
        int weight = 2;
        for (int i = first43.length() - 1; i >= 0; i--) {
            sum += (first43.charAt(i) - '0') * weight;
            weight = weight == 9 ? 2 : weight + 1;
        }
        int remainder = sum % 11;
        return remainder < 2 ? '0' : (char) ('0' + (11 - remainder));
    }

    /** True when {@code chave} has 44 characters and its last one is the check digit of the others. */
    public static boolean isValid(String chave) {
        return chave.length() == LENGTH
                && chave.matches("[0-9]{6}[0-9A-Z]{12}[0-9]{26}")
                && checkDigit(chave.substring(0, LENGTH - 1)) == chave.charAt(LENGTH - 1);
    }

    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        if (value < 0 || digits.length() > width) {
            throw new IllegalArgumentException("Cannot fit " + value + " in " + width + " digits");
        }
        return "0".repeat(width - digits.length()) + digits;
    }
}
