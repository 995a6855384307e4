package dev.nfe.core.model;

import java.util.Objects;

/**
 * Product data for the Nota Fiscal Fácil ({@code infProdNFF}).
 *
 * @param cProdFisco {@code /NFe/infNFe/det/prod/infProdNFF/cProdFisco}
 * @param cOperNFF {@code /NFe/infNFe/det/prod/infProdNFF/cOperNFF}
 */
public record InfProdNFF(
        String cProdFisco,
        String cOperNFF) {
    public InfProdNFF {
        Objects.requireNonNull(cProdFisco, "cProdFisco");
        Objects.requireNonNull(cOperNFF, "cOperNFF");
    }
}
