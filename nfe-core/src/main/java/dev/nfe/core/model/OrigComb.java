package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Origin of a fuel ({@code origComb}).
 *
 * @param indImport {@code /NFe/infNFe/det/prod/comb/origComb/indImport}
 * @param cUFOrig {@code /NFe/infNFe/det/prod/comb/origComb/cUFOrig}
 * @param pOrig {@code /NFe/infNFe/det/prod/comb/origComb/pOrig}
 */
public record OrigComb(
        String indImport,
        String cUFOrig,
        BigDecimal pOrig) {
    public OrigComb {
        Objects.requireNonNull(indImport, "indImport");
        Objects.requireNonNull(cUFOrig, "cUFOrig");
        Objects.requireNonNull(pOrig, "pOrig");
    }
}
