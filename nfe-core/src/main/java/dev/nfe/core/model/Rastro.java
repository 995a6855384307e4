package dev.nfe.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Batch traceability (rastreabilidade, {@code rastro}).
 *
 * @param nLote {@code /NFe/infNFe/det/prod/rastro/nLote}
 * @param qLote {@code /NFe/infNFe/det/prod/rastro/qLote}
 * @param dFab {@code /NFe/infNFe/det/prod/rastro/dFab}
 * @param dVal {@code /NFe/infNFe/det/prod/rastro/dVal}
 * @param cAgreg {@code /NFe/infNFe/det/prod/rastro/cAgreg}
 */
public record Rastro(
        String nLote,
        BigDecimal qLote,
        LocalDate dFab,
        LocalDate dVal,
        Optional<String> cAgreg) {
    public Rastro {
        Objects.requireNonNull(nLote, "nLote");
        Objects.requireNonNull(qLote, "qLote");
        Objects.requireNonNull(dFab, "dFab");
        Objects.requireNonNull(dVal, "dVal");
        Objects.requireNonNull(cAgreg, "cAgreg");
    }
}
