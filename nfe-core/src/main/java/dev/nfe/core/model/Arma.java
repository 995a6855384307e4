package dev.nfe.core.model;

import java.util.Objects;

/**
 * A weapon sold as the item ({@code arma}).
 *
 * @param tpArma {@code /NFe/infNFe/det/prod/arma/tpArma}
 * @param nSerie {@code /NFe/infNFe/det/prod/arma/nSerie}
 * @param nCano {@code /NFe/infNFe/det/prod/arma/nCano}
 * @param descr {@code /NFe/infNFe/det/prod/arma/descr}
 */
public record Arma(
        String tpArma,
        String nSerie,
        String nCano,
        String descr) {
    public Arma {
        Objects.requireNonNull(tpArma, "tpArma");
        Objects.requireNonNull(nSerie, "nSerie");
        Objects.requireNonNull(nCano, "nCano");
        Objects.requireNonNull(descr, "descr");
    }
}
