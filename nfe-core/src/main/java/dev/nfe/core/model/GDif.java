package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Deferral (diferimento) of IBS or CBS ({@code gDif}).
 *
 * @param pDif {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/{gIBSUF,gIBSMun,gCBS}/gDif/pDif}
 * @param vDif {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/{gIBSUF,gIBSMun,gCBS}/gDif/vDif}
 */
public record GDif(
        BigDecimal pDif,
        BigDecimal vDif) {
    public GDif {
        Objects.requireNonNull(pDif, "pDif");
        Objects.requireNonNull(vDif, "vDif");
    }
}
