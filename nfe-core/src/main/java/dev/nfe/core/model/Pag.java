package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Payment (grupo YA, {@code pag}); layout 3.10 repeated {@code pag} itself, each read as one detPag.
 *
 * @param detPag {@code /NFe/infNFe/pag/detPag}
 * @param vTroco {@code /NFe/infNFe/pag/vTroco}
 */
public record Pag(
        List<DetPag> detPag,
        Optional<BigDecimal> vTroco) {
    public Pag {
        detPag = List.copyOf(detPag);
        Objects.requireNonNull(vTroco, "vTroco");
    }
}
