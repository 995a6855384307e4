package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of volumes carried ({@code vol}).
 *
 * @param qVol {@code /NFe/infNFe/transp/vol/qVol}
 * @param esp {@code /NFe/infNFe/transp/vol/esp}
 * @param marca {@code /NFe/infNFe/transp/vol/marca}
 * @param nVol {@code /NFe/infNFe/transp/vol/nVol}
 * @param pesoL {@code /NFe/infNFe/transp/vol/pesoL}
 * @param pesoB {@code /NFe/infNFe/transp/vol/pesoB}
 * @param lacres {@code /NFe/infNFe/transp/vol/lacres/nLacre}
 */
public record Vol(
        Optional<String> qVol,
        Optional<String> esp,
        Optional<String> marca,
        Optional<String> nVol,
        Optional<BigDecimal> pesoL,
        Optional<BigDecimal> pesoB,
        List<String> lacres) {
    public Vol {
        Objects.requireNonNull(qVol, "qVol");
        Objects.requireNonNull(esp, "esp");
        Objects.requireNonNull(marca, "marca");
        Objects.requireNonNull(nVol, "nVol");
        Objects.requireNonNull(pesoL, "pesoL");
        Objects.requireNonNull(pesoB, "pesoB");
        lacres = List.copyOf(lacres);
    }
}
