package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An addition of an import declaration ({@code adi}).
 *
 * @param nAdicao {@code /NFe/infNFe/det/prod/DI/adi/nAdicao}
 * @param nSeqAdic {@code /NFe/infNFe/det/prod/DI/adi/nSeqAdic}
 * @param cFabricante {@code /NFe/infNFe/det/prod/DI/adi/cFabricante}
 * @param vDescDI {@code /NFe/infNFe/det/prod/DI/adi/vDescDI}
 * @param nDraw {@code /NFe/infNFe/det/prod/DI/adi/nDraw}
 */
public record Adi(
        Optional<String> nAdicao,
        Optional<String> nSeqAdic,
        String cFabricante,
        Optional<BigDecimal> vDescDI,
        Optional<String> nDraw) {
    public Adi {
        Objects.requireNonNull(nAdicao, "nAdicao");
        Objects.requireNonNull(nSeqAdic, "nSeqAdic");
        Objects.requireNonNull(cFabricante, "cFabricante");
        Objects.requireNonNull(vDescDI, "vDescDI");
        Objects.requireNonNull(nDraw, "nDraw");
    }
}
