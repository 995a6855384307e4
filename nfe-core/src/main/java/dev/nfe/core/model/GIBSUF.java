package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The state IBS of an item ({@code gIBSUF}).
 *
 * @param pIBSUF {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gIBSUF/pIBSUF}
 * @param gDif {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gIBSUF/gDif}
 * @param gDevTrib {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gIBSUF/gDevTrib}
 * @param gRed {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gIBSUF/gRed}
 * @param vIBSUF {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gIBSUF/vIBSUF}
 */
public record GIBSUF(
        BigDecimal pIBSUF,
        Optional<GDif> gDif,
        Optional<GDevTrib> gDevTrib,
        Optional<GRed> gRed,
        BigDecimal vIBSUF) {
    public GIBSUF {
        Objects.requireNonNull(pIBSUF, "pIBSUF");
        Objects.requireNonNull(gDif, "gDif");
        Objects.requireNonNull(gDevTrib, "gDevTrib");
        Objects.requireNonNull(gRed, "gRed");
        Objects.requireNonNull(vIBSUF, "vIBSUF");
    }
}
