package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Deferral of single-phase taxation ({@code gMonoDif}).
 *
 * @param pDifIBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoDif/pDifIBS}
 * @param vIBSMonoDif {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoDif/vIBSMonoDif}
 * @param pDifCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoDif/pDifCBS}
 * @param vCBSMonoDif {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoDif/vCBSMonoDif}
 */
public record GMonoDif(
        BigDecimal pDifIBS,
        BigDecimal vIBSMonoDif,
        BigDecimal pDifCBS,
        BigDecimal vCBSMonoDif) {
    public GMonoDif {
        Objects.requireNonNull(pDifIBS, "pDifIBS");
        Objects.requireNonNull(vIBSMonoDif, "vIBSMonoDif");
        Objects.requireNonNull(pDifCBS, "pDifCBS");
        Objects.requireNonNull(vCBSMonoDif, "vCBSMonoDif");
    }
}
