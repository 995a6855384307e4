package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The municipal IBS of an item ({@code gIBSMun}).
 *
 * @param pIBSMun {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gIBSMun/pIBSMun}
 * @param gDif {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gIBSMun/gDif}
 * @param gDevTrib {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gIBSMun/gDevTrib}
 * @param gRed {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gIBSMun/gRed}
 * @param vIBSMun {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gIBSMun/vIBSMun}
 */
public record GIBSMun(
        BigDecimal pIBSMun,
        Optional<GDif> gDif,
        Optional<GDevTrib> gDevTrib,
        Optional<GRed> gRed,
        BigDecimal vIBSMun) {
    public GIBSMun {
        Objects.requireNonNull(pIBSMun, "pIBSMun");
        Objects.requireNonNull(gDif, "gDif");
        Objects.requireNonNull(gDevTrib, "gDevTrib");
        Objects.requireNonNull(gRed, "gRed");
        Objects.requireNonNull(vIBSMun, "vIBSMun");
    }
}
