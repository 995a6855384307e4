package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A presumed ICMS credit of the item ({@code gCred}).
 *
 * @param cCredPresumido {@code /NFe/infNFe/det/prod/gCred/cCredPresumido}
 * @param pCredPresumido {@code /NFe/infNFe/det/prod/gCred/pCredPresumido}
 * @param vCredPresumido {@code /NFe/infNFe/det/prod/gCred/vCredPresumido}
 */
public record GCred(
        String cCredPresumido,
        BigDecimal pCredPresumido,
        BigDecimal vCredPresumido) {
    public GCred {
        Objects.requireNonNull(cCredPresumido, "cCredPresumido");
        Objects.requireNonNull(pCredPresumido, "pCredPresumido");
        Objects.requireNonNull(vCredPresumido, "vCredPresumido");
    }
}
