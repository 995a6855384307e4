package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Observations about one item ({@code obsItem}).
 *
 * @param obsCont {@code /NFe/infNFe/det/obsItem/obsCont}
 * @param obsFisco {@code /NFe/infNFe/det/obsItem/obsFisco}
 */
public record ObsItem(
        Optional<Obs> obsCont,
        Optional<Obs> obsFisco) {
    public ObsItem {
        Objects.requireNonNull(obsCont, "obsCont");
        Objects.requireNonNull(obsFisco, "obsFisco");
    }
}
