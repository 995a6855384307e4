package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * COFINS under substituição tributária ({@code COFINSST}).
 *
 * @param vBC {@code /NFe/infNFe/det/imposto/COFINSST/vBC}
 * @param pCOFINS {@code /NFe/infNFe/det/imposto/COFINSST/pCOFINS}
 * @param qBCProd {@code /NFe/infNFe/det/imposto/COFINSST/qBCProd}
 * @param vAliqProd {@code /NFe/infNFe/det/imposto/COFINSST/vAliqProd}
 * @param vCOFINS {@code /NFe/infNFe/det/imposto/COFINSST/vCOFINS}
 * @param indSomaCOFINSST {@code /NFe/infNFe/det/imposto/COFINSST/indSomaCOFINSST}
 */
public record COFINSST(
        Optional<BigDecimal> vBC,
        Optional<BigDecimal> pCOFINS,
        Optional<BigDecimal> qBCProd,
        Optional<BigDecimal> vAliqProd,
        BigDecimal vCOFINS,
        Optional<String> indSomaCOFINSST) {
    public COFINSST {
        Objects.requireNonNull(vBC, "vBC");
        Objects.requireNonNull(pCOFINS, "pCOFINS");
        Objects.requireNonNull(qBCProd, "qBCProd");
        Objects.requireNonNull(vAliqProd, "vAliqProd");
        Objects.requireNonNull(vCOFINS, "vCOFINS");
        Objects.requireNonNull(indSomaCOFINSST, "indSomaCOFINSST");
    }
}
