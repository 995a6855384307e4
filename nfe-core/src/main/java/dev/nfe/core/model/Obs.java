package dev.nfe.core.model;

import java.util.Objects;

/**
 * A free observation with its field name ({@code obsCont} or {@code obsFisco}).
 *
 * @param xCampo {@code /NFe/infNFe/{infAdic,det/obsItem}/{obsCont,obsFisco}/@xCampo}
 * @param xTexto {@code /NFe/infNFe/{infAdic,det/obsItem}/{obsCont,obsFisco}/xTexto}
 */
public record Obs(
        String xCampo,
        String xTexto) {
    public Obs {
        Objects.requireNonNull(xCampo, "xCampo");
        Objects.requireNonNull(xTexto, "xTexto");
    }
}
