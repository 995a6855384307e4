package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A deduction from the sugar cane supply ({@code deduc}).
 *
 * @param xDed {@code /NFe/infNFe/cana/deduc/xDed}
 * @param vDed {@code /NFe/infNFe/cana/deduc/vDed}
 */
public record Deduc(
        String xDed,
        BigDecimal vDed) {
    public Deduc {
        Objects.requireNonNull(xDed, "xDed");
        Objects.requireNonNull(vDed, "vDed");
    }
}
