package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Taxes withheld ({@code retTrib}).
 *
 * @param vRetPIS {@code /NFe/infNFe/total/retTrib/vRetPIS}
 * @param vRetCOFINS {@code /NFe/infNFe/total/retTrib/vRetCOFINS}
 * @param vRetCSLL {@code /NFe/infNFe/total/retTrib/vRetCSLL}
 * @param vBCIRRF {@code /NFe/infNFe/total/retTrib/vBCIRRF}
 * @param vIRRF {@code /NFe/infNFe/total/retTrib/vIRRF}
 * @param vBCRetPrev {@code /NFe/infNFe/total/retTrib/vBCRetPrev}
 * @param vRetPrev {@code /NFe/infNFe/total/retTrib/vRetPrev}
 */
public record RetTrib(
        Optional<BigDecimal> vRetPIS,
        Optional<BigDecimal> vRetCOFINS,
        Optional<BigDecimal> vRetCSLL,
        Optional<BigDecimal> vBCIRRF,
        Optional<BigDecimal> vIRRF,
        Optional<BigDecimal> vBCRetPrev,
        Optional<BigDecimal> vRetPrev) {
    public RetTrib {
        Objects.requireNonNull(vRetPIS, "vRetPIS");
        Objects.requireNonNull(vRetCOFINS, "vRetCOFINS");
        Objects.requireNonNull(vRetCSLL, "vRetCSLL");
        Objects.requireNonNull(vBCIRRF, "vBCIRRF");
        Objects.requireNonNull(vIRRF, "vIRRF");
        Objects.requireNonNull(vBCRetPrev, "vBCRetPrev");
        Objects.requireNonNull(vRetPrev, "vRetPrev");
    }
}
