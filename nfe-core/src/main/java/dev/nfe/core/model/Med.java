package dev.nfe.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A medicine sold as the item ({@code med}); the batch fields are layout 3.10 only.
 *
 * @param cProdANVISA {@code /NFe/infNFe/det/prod/med/cProdANVISA}
 * @param xMotivoIsencao {@code /NFe/infNFe/det/prod/med/xMotivoIsencao}
 * @param nLote {@code /NFe/infNFe/det/prod/med/nLote}
 * @param qLote {@code /NFe/infNFe/det/prod/med/qLote}
 * @param dFab {@code /NFe/infNFe/det/prod/med/dFab}
 * @param dVal {@code /NFe/infNFe/det/prod/med/dVal}
 * @param vPMC {@code /NFe/infNFe/det/prod/med/vPMC}
 */
public record Med(
        Optional<String> cProdANVISA,
        Optional<String> xMotivoIsencao,
        Optional<String> nLote,
        Optional<BigDecimal> qLote,
        Optional<LocalDate> dFab,
        Optional<LocalDate> dVal,
        Optional<BigDecimal> vPMC) {
    public Med {
        Objects.requireNonNull(cProdANVISA, "cProdANVISA");
        Objects.requireNonNull(xMotivoIsencao, "xMotivoIsencao");
        Objects.requireNonNull(nLote, "nLote");
        Objects.requireNonNull(qLote, "qLote");
        Objects.requireNonNull(dFab, "dFab");
        Objects.requireNonNull(dVal, "dVal");
        Objects.requireNonNull(vPMC, "vPMC");
    }
}
