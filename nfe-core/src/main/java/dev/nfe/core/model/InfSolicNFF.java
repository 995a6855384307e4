package dev.nfe.core.model;

import java.util.Objects;

/**
 * A Nota Fiscal Fácil request ({@code infSolicNFF}).
 *
 * @param xSolic {@code /NFe/infNFe/infSolicNFF/xSolic}
 */
public record InfSolicNFF(
        String xSolic) {
    public InfSolicNFF {
        Objects.requireNonNull(xSolic, "xSolic");
    }
}
