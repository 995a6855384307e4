package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Packaging data of the item ({@code infProdEmb}).
 *
 * @param xEmb {@code /NFe/infNFe/det/prod/infProdEmb/xEmb}
 * @param qVolEmb {@code /NFe/infNFe/det/prod/infProdEmb/qVolEmb}
 * @param uEmb {@code /NFe/infNFe/det/prod/infProdEmb/uEmb}
 */
public record InfProdEmb(
        String xEmb,
        BigDecimal qVolEmb,
        String uEmb) {
    public InfProdEmb {
        Objects.requireNonNull(xEmb, "xEmb");
        Objects.requireNonNull(qVolEmb, "qVolEmb");
        Objects.requireNonNull(uEmb, "uEmb");
    }
}
