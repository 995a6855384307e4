package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The CBS of an item ({@code gCBS}).
 *
 * @param pCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gCBS/pCBS}
 * @param gDif {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gCBS/gDif}
 * @param gDevTrib {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gCBS/gDevTrib}
 * @param gRed {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gCBS/gRed}
 * @param gALCZFMCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gCBS/gALCZFMCBS}
 * @param vCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gCBS/vCBS}
 */
public record GCBS(
        BigDecimal pCBS,
        Optional<GDif> gDif,
        Optional<GDevTrib> gDevTrib,
        Optional<GRed> gRed,
        Optional<GALCZFMCBS> gALCZFMCBS,
        BigDecimal vCBS) {
    public GCBS {
        Objects.requireNonNull(pCBS, "pCBS");
        Objects.requireNonNull(gDif, "gDif");
        Objects.requireNonNull(gDevTrib, "gDevTrib");
        Objects.requireNonNull(gRed, "gRed");
        Objects.requireNonNull(gALCZFMCBS, "gALCZFMCBS");
        Objects.requireNonNull(vCBS, "vCBS");
    }
}
