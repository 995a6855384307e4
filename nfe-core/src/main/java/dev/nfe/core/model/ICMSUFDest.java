package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * ICMS owed to the destination state on sales to final consumers (DIFAL, {@code ICMSUFDest}).
 *
 * @param vBCUFDest {@code /NFe/infNFe/det/imposto/ICMSUFDest/vBCUFDest}
 * @param vBCFCPUFDest {@code /NFe/infNFe/det/imposto/ICMSUFDest/vBCFCPUFDest}
 * @param pFCPUFDest {@code /NFe/infNFe/det/imposto/ICMSUFDest/pFCPUFDest}
 * @param pICMSUFDest {@code /NFe/infNFe/det/imposto/ICMSUFDest/pICMSUFDest}
 * @param pICMSInter {@code /NFe/infNFe/det/imposto/ICMSUFDest/pICMSInter}
 * @param pICMSInterPart {@code /NFe/infNFe/det/imposto/ICMSUFDest/pICMSInterPart}
 * @param vFCPUFDest {@code /NFe/infNFe/det/imposto/ICMSUFDest/vFCPUFDest}
 * @param vICMSUFDest {@code /NFe/infNFe/det/imposto/ICMSUFDest/vICMSUFDest}
 * @param vICMSUFRemet {@code /NFe/infNFe/det/imposto/ICMSUFDest/vICMSUFRemet}
 */
public record ICMSUFDest(
        BigDecimal vBCUFDest,
        Optional<BigDecimal> vBCFCPUFDest,
        Optional<BigDecimal> pFCPUFDest,
        BigDecimal pICMSUFDest,
        BigDecimal pICMSInter,
        BigDecimal pICMSInterPart,
        Optional<BigDecimal> vFCPUFDest,
        BigDecimal vICMSUFDest,
        BigDecimal vICMSUFRemet) {
    public ICMSUFDest {
        Objects.requireNonNull(vBCUFDest, "vBCUFDest");
        Objects.requireNonNull(vBCFCPUFDest, "vBCFCPUFDest");
        Objects.requireNonNull(pFCPUFDest, "pFCPUFDest");
        Objects.requireNonNull(pICMSUFDest, "pICMSUFDest");
        Objects.requireNonNull(pICMSInter, "pICMSInter");
        Objects.requireNonNull(pICMSInterPart, "pICMSInterPart");
        Objects.requireNonNull(vFCPUFDest, "vFCPUFDest");
        Objects.requireNonNull(vICMSUFDest, "vICMSUFDest");
        Objects.requireNonNull(vICMSUFRemet, "vICMSUFRemet");
    }
}
