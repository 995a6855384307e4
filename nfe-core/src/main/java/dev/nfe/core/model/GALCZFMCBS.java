package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * CBS in free-trade areas and the Zona Franca de Manaus ({@code gALCZFMCBS}).
 *
 * @param tpALCZFMCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gCBS/gALCZFMCBS/tpALCZFMCBS}
 * @param nProcSuframa {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gCBS/gALCZFMCBS/nProcSuframa}
 * @param pAliqEfetRegCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gCBS/gALCZFMCBS/pAliqEfetRegCBS}
 * @param vTribRegCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gCBS/gALCZFMCBS/vTribRegCBS}
 */
public record GALCZFMCBS(
        String tpALCZFMCBS,
        Optional<String> nProcSuframa,
        BigDecimal pAliqEfetRegCBS,
        BigDecimal vTribRegCBS) {
    public GALCZFMCBS {
        Objects.requireNonNull(tpALCZFMCBS, "tpALCZFMCBS");
        Objects.requireNonNull(nProcSuframa, "nProcSuframa");
        Objects.requireNonNull(pAliqEfetRegCBS, "pAliqEfetRegCBS");
        Objects.requireNonNull(vTribRegCBS, "vTribRegCBS");
    }
}
