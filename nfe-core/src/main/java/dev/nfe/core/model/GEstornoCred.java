package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Reversal of IBS and CBS credits ({@code gEstornoCred}); the same fields total under IBSCBSTot/gEstornoCred.
 *
 * @param vIBSEstCred {@code /NFe/infNFe/det/imposto/IBSCBS/gEstornoCred/vIBSEstCred}
 * @param vCBSEstCred {@code /NFe/infNFe/det/imposto/IBSCBS/gEstornoCred/vCBSEstCred}
 */
public record GEstornoCred(
        BigDecimal vIBSEstCred,
        BigDecimal vCBSEstCred) {
    public GEstornoCred {
        Objects.requireNonNull(vIBSEstCred, "vIBSEstCred");
        Objects.requireNonNull(vCBSEstCred, "vCBSEstCred");
    }
}
