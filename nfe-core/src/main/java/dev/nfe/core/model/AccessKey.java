package dev.nfe.core.model;

import java.util.Objects;

/**
 * The chave de acesso of an NF-e: 44 characters naming the issuing state (cUF), year and month (AAMM), issuer
 * (CNPJ or CPF), model, series, number, emission type, random code (cNF) and a mod-11 check digit (cDV).
 *
 * <p>Any non-blank value is accepted, because a malformed chave is a validation finding about a document, not an
 * exception: check {@link #isWellFormed()} and {@link #hasValidCheckDigit()}. From July 2026 the 12 base positions
 * of the issuer's CNPJ may be alphanumeric ({@code [0-9A-Z]}); the check digit then weighs each character as its
 * code minus {@code '0'}, so letters count 17 ({@code A}) to 42 ({@code Z}).
 *
 * @param value the 44 characters as the document gives them
 */
public record AccessKey(String value) {

    /** The length of a chave de acesso. */
    public static final int LENGTH = 44;

    public AccessKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("Cannot create AccessKey: value is blank");
        }
    }

    /**
     * Whether the value has the layout's shape: 44 characters, digits everywhere except the 12 base positions of the
     * issuer's CNPJ (positions 7 to 18), which may also be upper-case letters.
     */
    public boolean isWellFormed() {
        if (value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean alphanumericCnpj = i >= 6 && i < 18 && c >= 'A' && c <= 'Z';
            if (!digit && !alphanumericCnpj) {
                return false;
            }
        }
        return true;
    }

    /**
     * The check digit (cDV) the first 43 characters call for: modulo 11 with weights 2 to 9 from the right, each
     * character worth its code minus {@code '0'}; 0 when the remainder is 0 or 1, else 11 minus the remainder.
     *
     * @throws IllegalStateException if the chave is not {@linkplain #isWellFormed() well-formed}
     */
    public int computeCheckDigit() {
        requireWellFormed();
        return computeCheckDigit(value.substring(0, LENGTH - 1));
    }

    /**
     * The mod-11 check digit of {@code digits} as the NF-e layout computes it (weights 2 to 9 repeating from the
     * right, each character worth its code minus {@code '0'}, 0 for a remainder below 2). Shared by the chave and
     * the CNPJ, including the alphanumeric CNPJ.
     */
    public static int computeCheckDigit(CharSequence digits) {
        int sum = 0;
        int weight = 2;
        for (int i = digits.length() - 1; i >= 0; i--) {
            sum += (digits.charAt(i) - '0') * weight;
            weight = weight == 9 ? 2 : weight + 1;
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    /** Whether the chave is well-formed and its last digit is the {@linkplain #computeCheckDigit() computed} one. */
    public boolean hasValidCheckDigit() {
        return isWellFormed() && value.charAt(LENGTH - 1) - '0' == computeCheckDigit();
    }

    /** The IBGE code of the issuing state (cUF), positions 1-2. */
    public String cUF() {
        return part(0, 2);
    }

    /** The year and month of emission (AAMM), positions 3-6. */
    public String aamm() {
        return part(2, 6);
    }

    /** The issuer's CNPJ (or CPF padded with zeros), positions 7-20. */
    public String emitterId() {
        return part(6, 20);
    }

    /** The model (mod: 55 NF-e, 65 NFC-e), positions 21-22. */
    public String mod() {
        return part(20, 22);
    }

    /** The series (serie) on 3 digits, positions 23-25. */
    public String serie() {
        return part(22, 25);
    }

    /** The note number (nNF) on 9 digits, positions 26-34. */
    public String nNF() {
        return part(25, 34);
    }

    /** The emission type (tpEmis), position 35. */
    public String tpEmis() {
        return part(34, 35);
    }

    /** The random code (cNF) on 8 digits, positions 36-43. */
    public String cNF() {
        return part(35, 43);
    }

    /** The check digit (cDV) as written, position 44. */
    public String cDV() {
        return part(43, 44);
    }

    private String part(int from, int to) {
        requireWellFormed();
        return value.substring(from, to);
    }

    private void requireWellFormed() {
        if (!isWellFormed()) {
            throw new IllegalStateException("Cannot read the parts of chave " + value + ": it is not well-formed");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
