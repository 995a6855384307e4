package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * CIDE on fuel ({@code CIDE}).
 *
 * @param qBCProd {@code /NFe/infNFe/det/prod/comb/CIDE/qBCProd}
 * @param vAliqProd {@code /NFe/infNFe/det/prod/comb/CIDE/vAliqProd}
 * @param vCIDE {@code /NFe/infNFe/det/prod/comb/CIDE/vCIDE}
 */
public record CIDE(
        BigDecimal qBCProd,
        BigDecimal vAliqProd,
        BigDecimal vCIDE) {
    public CIDE {
        Objects.requireNonNull(qBCProd, "qBCProd");
        Objects.requireNonNull(vAliqProd, "vAliqProd");
        Objects.requireNonNull(vCIDE, "vCIDE");
    }
}
