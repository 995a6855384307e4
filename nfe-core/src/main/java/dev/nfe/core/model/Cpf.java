package dev.nfe.core.model;

import java.util.Objects;

/**
 * A CPF (Cadastro de Pessoas Físicas), the federal tax id of a person: 9 digits and 2 check digits (dígitos
 * verificadores), each computed modulo 11 with weights rising from 2 at the right.
 *
 * <p>Any value is accepted: whether it is a valid CPF is a finding, see {@link #hasValidCheckDigits()}.
 *
 * @param value the 11 digits without punctuation, as the layout writes them
 */
public record Cpf(String value) {

    /** The length of a CPF. */
    public static final int LENGTH = 11;

    public Cpf {
        Objects.requireNonNull(value, "value");
    }

    /** Whether the value is 11 digits. */
    public boolean isWellFormed() {
        return value.length() == LENGTH && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The two check digits the first 9 digits call for, as a 2-character string.
     *
     * @throws IllegalStateException if the value is not {@linkplain #isWellFormed() well-formed}
     */
    public String computeCheckDigits() {
        if (!isWellFormed()) {
            throw new IllegalStateException(
                    "Cannot compute the check digits of CPF " + value + ": it is not well-formed");
        }
        int first = checkDigit(value, 9);
        int second = checkDigit(value.substring(0, 9) + first, 10);
        return Integer.toString(first) + second;
    }

    /**
     * Whether the value is well-formed, ends with its {@linkplain #computeCheckDigits() check digits} and is not
     * one digit repeated (such as 111.111.111-11, which passes the arithmetic but the Receita never issues).
     */
    public boolean hasValidCheckDigits() {
        return isWellFormed() && value.chars().distinct().count() > 1 && value.endsWith(computeCheckDigits());
    }

    /** CPF weights run from {@code length + 1} at the left down to 2; a remainder below 2 gives 0. */
    private static int checkDigit(String digits, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (digits.charAt(i) - '0') * (length + 1 - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    @Override
    public String toString() {
        return value;
    }
}
