package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Tax returned with the goods ({@code impostoDevol}).
 *
 * @param pDevol {@code /NFe/infNFe/det/impostoDevol/pDevol}
 * @param vIPIDevol {@code /NFe/infNFe/det/impostoDevol/IPI/vIPIDevol}
 */
public record ImpostoDevol(
        BigDecimal pDevol,
        BigDecimal vIPIDevol) {
    public ImpostoDevol {
        Objects.requireNonNull(pDevol, "pDevol");
        Objects.requireNonNull(vIPIDevol, "vIPIDevol");
    }
}
