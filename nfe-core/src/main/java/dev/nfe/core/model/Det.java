package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of the note (grupo H, {@code det}).
 *
 * @param nItem {@code /NFe/infNFe/det/@nItem}
 * @param prod {@code /NFe/infNFe/det/prod}
 * @param imposto {@code /NFe/infNFe/det/imposto}
 * @param impostoDevol {@code /NFe/infNFe/det/impostoDevol}
 * @param infAdProd {@code /NFe/infNFe/det/infAdProd}
 * @param obsItem {@code /NFe/infNFe/det/obsItem}
 * @param vItem {@code /NFe/infNFe/det/vItem}
 * @param dFeReferenciado {@code /NFe/infNFe/det/DFeReferenciado}
 */
public record Det(
        int nItem,
        Prod prod,
        Imposto imposto,
        Optional<ImpostoDevol> impostoDevol,
        Optional<String> infAdProd,
        Optional<ObsItem> obsItem,
        Optional<BigDecimal> vItem,
        Optional<DFeReferenciado> dFeReferenciado) {
    public Det {
        Objects.requireNonNull(prod, "prod");
        Objects.requireNonNull(imposto, "imposto");
        Objects.requireNonNull(impostoDevol, "impostoDevol");
        Objects.requireNonNull(infAdProd, "infAdProd");
        Objects.requireNonNull(obsItem, "obsItem");
        Objects.requireNonNull(vItem, "vItem");
        Objects.requireNonNull(dFeReferenciado, "dFeReferenciado");
    }
}
