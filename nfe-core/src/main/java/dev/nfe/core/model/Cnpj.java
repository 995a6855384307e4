package dev.nfe.core.model;

import java.util.Objects;

/**
 * A CNPJ (Cadastro Nacional da Pessoa Jurídica), the federal tax id of a company: 12 base characters and 2 check
 * digits (dígitos verificadores). From July 2026 the base may be alphanumeric ({@code [0-9A-Z]}); the check digits
 * stay numeric and use the same modulo 11, each character worth its code minus {@code '0'}.
 *
 * <p>Any value is accepted: whether it is a valid CNPJ is a finding, see {@link #hasValidCheckDigits()}.
 *
 * @param value the 14 characters without punctuation, as the layout writes them
 */
public record Cnpj(String value) {

    /** The length of a CNPJ. */
    public static final int LENGTH = 14;

    public Cnpj {
        Objects.requireNonNull(value, "value");
    }

    /** Whether the value has 12 base characters in {@code [0-9A-Z]} followed by 2 digits. */
    public boolean isWellFormed() {
        if (value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && (i >= 12 || c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the value is a numeric CNPJ (the only form before July 2026). */
    public boolean isNumeric() {
        return isWellFormed() && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The two check digits the 12 base characters call for, as a 2-character string.
     *
     * @throws IllegalStateException if the value is not {@linkplain #isWellFormed() well-formed}
     */
    public String computeCheckDigits() {
        if (!isWellFormed()) {
            throw new IllegalStateException(
                    "Cannot compute the check digits of CNPJ " + value + ": it is not well-formed");
        }
        String base = value.substring(0, 12);
        int first = AccessKey.computeCheckDigit(base);
        int second = AccessKey.computeCheckDigit(base + first);
        return Integer.toString(first) + second;
    }

    /** Whether the value is well-formed and ends with its {@linkplain #computeCheckDigits() check digits}. */
    public boolean hasValidCheckDigits() {
        return isWellFormed() && value.endsWith(computeCheckDigits());
    }

    @Override
    public String toString() {
        return value;
    }
}
