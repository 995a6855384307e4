package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A referenced legal or administrative process ({@code procRef}).
 *
 * @param nProc {@code /NFe/infNFe/infAdic/procRef/nProc}
 * @param indProc {@code /NFe/infNFe/infAdic/procRef/indProc}
 * @param tpAto {@code /NFe/infNFe/infAdic/procRef/tpAto}
 */
public record ProcRef(
        String nProc,
        String indProc,
        Optional<String> tpAto) {
    public ProcRef {
        Objects.requireNonNull(nProc, "nProc");
        Objects.requireNonNull(indProc, "indProc");
        Objects.requireNonNull(tpAto, "tpAto");
    }
}
