package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Transfer of IBS and CBS credits ({@code gTransfCred}).
 *
 * @param vIBS {@code /NFe/infNFe/det/imposto/IBSCBS/gTransfCred/vIBS}
 * @param vCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gTransfCred/vCBS}
 */
public record GTransfCred(
        BigDecimal vIBS,
        BigDecimal vCBS) {
    public GTransfCred {
        Objects.requireNonNull(vIBS, "vIBS");
        Objects.requireNonNull(vCBS, "vCBS");
    }
}
