package dev.nfe.core.validate;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * How closely a declared total must match the amount computed from its parts.
 *
 * <p>One cent either way: the layout rounds every item amount to the cent, and issuers may compute a total from the
 * unrounded item values, so an honest total can differ from the sum of the rounded items by one cent.
 */
final class CentTolerance {

    /** The allowed difference between a declared total and its computed value. */
    static final BigDecimal ONE_CENT = new BigDecimal("0.01");

    private CentTolerance() {
    }

    /** Whether {@code declared} is within one cent of {@code computed}. */
    static boolean matches(BigDecimal declared, BigDecimal computed) {
        return declared.subtract(computed).abs().compareTo(ONE_CENT) <= 0;
    }

    /** Whether {@code declared} is within one cent of any of the {@code candidates}. */
    static boolean matchesAny(BigDecimal declared, Collection<BigDecimal> candidates) {
        for (BigDecimal candidate : candidates) {
            if (matches(declared, candidate)) {
                return true;
            }
        }
        return false;
    }
}
