package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Layout arithmetic for money: every computed amount is rounded to two decimals with {@link #ROUNDING} at the item,
 * and document totals are plain sums of those rounded item amounts, so totals reconcile exactly.
 */
final class Money {
    /** One rounding mode for every computed amount. */
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Money() {
    }

    /** {@code base × rate / 100}, rounded to cents. */
    static BigDecimal percentOf(BigDecimal base, BigDecimal ratePercent) {
        return base.multiply(ratePercent).divide(HUNDRED, 2, ROUNDING);
    }

    /** {@code value × (100 + percent) / 100}, rounded to cents: a base raised by a margin (MVA). */
    static BigDecimal increased(BigDecimal value, BigDecimal percent) {
        return value.multiply(HUNDRED.add(percent)).divide(HUNDRED, 2, ROUNDING);
    }

    /** {@code value × (100 − percent) / 100}, rounded to cents: a reduced tax base. */
    static BigDecimal reducedBy(BigDecimal value, BigDecimal percent) {
        return value.multiply(HUNDRED.subtract(percent)).divide(HUNDRED, 2, ROUNDING);
    }

    /** The larger of {@code value} and zero. */
    static BigDecimal nonNegative(BigDecimal value) {
        return value.signum() < 0 ? ZERO : value;
    }

    /** Rounds to cents. */
    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, ROUNDING);
    }

    /** {@code rate × (100 − reduction) / 100} at scale 4, for reduced tax bases and effective rates. */
    static BigDecimal reduced(BigDecimal rate, BigDecimal reductionPercent) {
        return rate.multiply(HUNDRED.subtract(reductionPercent)).divide(HUNDRED, 4, ROUNDING);
    }
}
