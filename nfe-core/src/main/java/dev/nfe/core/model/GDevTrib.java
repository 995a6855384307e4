package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Tax returned (devolução de tributos) of IBS or CBS ({@code gDevTrib}).
 *
 * @param pDevTrib {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/{gIBSUF,gIBSMun,gCBS}/gDevTrib/pDevTrib}
 * @param vDevTrib {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/{gIBSUF,gIBSMun,gCBS}/gDevTrib/vDevTrib}
 */
public record GDevTrib(
        Optional<BigDecimal> pDevTrib,
        BigDecimal vDevTrib) {
    public GDevTrib {
        Objects.requireNonNull(pDevTrib, "pDevTrib");
        Objects.requireNonNull(vDevTrib, "vDevTrib");
    }
}
