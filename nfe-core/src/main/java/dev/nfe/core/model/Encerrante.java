package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Pump meter readings of a fuel sale ({@code encerrante}).
 *
 * @param nBico {@code /NFe/infNFe/det/prod/comb/encerrante/nBico}
 * @param nBomba {@code /NFe/infNFe/det/prod/comb/encerrante/nBomba}
 * @param nTanque {@code /NFe/infNFe/det/prod/comb/encerrante/nTanque}
 * @param vEncIni {@code /NFe/infNFe/det/prod/comb/encerrante/vEncIni}
 * @param vEncFin {@code /NFe/infNFe/det/prod/comb/encerrante/vEncFin}
 */
public record Encerrante(
        String nBico,
        Optional<String> nBomba,
        String nTanque,
        BigDecimal vEncIni,
        BigDecimal vEncFin) {
    public Encerrante {
        Objects.requireNonNull(nBico, "nBico");
        Objects.requireNonNull(nBomba, "nBomba");
        Objects.requireNonNull(nTanque, "nTanque");
        Objects.requireNonNull(vEncIni, "vEncIni");
        Objects.requireNonNull(vEncFin, "vEncFin");
    }
}
