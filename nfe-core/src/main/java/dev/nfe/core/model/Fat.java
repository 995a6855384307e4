package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The invoice of the bill (fatura, {@code fat}).
 *
 * @param nFat {@code /NFe/infNFe/cobr/fat/nFat}
 * @param vOrig {@code /NFe/infNFe/cobr/fat/vOrig}
 * @param vDesc {@code /NFe/infNFe/cobr/fat/vDesc}
 * @param vLiq {@code /NFe/infNFe/cobr/fat/vLiq}
 */
public record Fat(
        Optional<String> nFat,
        Optional<BigDecimal> vOrig,
        Optional<BigDecimal> vDesc,
        Optional<BigDecimal> vLiq) {
    public Fat {
        Objects.requireNonNull(nFat, "nFat");
        Objects.requireNonNull(vOrig, "vOrig");
        Objects.requireNonNull(vDesc, "vDesc");
        Objects.requireNonNull(vLiq, "vLiq");
    }
}
