package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * PIS under substituição tributária ({@code PISST}).
 *
 * @param vBC {@code /NFe/infNFe/det/imposto/PISST/vBC}
 * @param pPIS {@code /NFe/infNFe/det/imposto/PISST/pPIS}
 * @param qBCProd {@code /NFe/infNFe/det/imposto/PISST/qBCProd}
 * @param vAliqProd {@code /NFe/infNFe/det/imposto/PISST/vAliqProd}
 * @param vPIS {@code /NFe/infNFe/det/imposto/PISST/vPIS}
 * @param indSomaPISST {@code /NFe/infNFe/det/imposto/PISST/indSomaPISST}
 */
public record PISST(
        Optional<BigDecimal> vBC,
        Optional<BigDecimal> pPIS,
        Optional<BigDecimal> qBCProd,
        Optional<BigDecimal> vAliqProd,
        BigDecimal vPIS,
        Optional<String> indSomaPISST) {
    public PISST {
        Objects.requireNonNull(vBC, "vBC");
        Objects.requireNonNull(pPIS, "pPIS");
        Objects.requireNonNull(qBCProd, "qBCProd");
        Objects.requireNonNull(vAliqProd, "vAliqProd");
        Objects.requireNonNull(vPIS, "vPIS");
        Objects.requireNonNull(indSomaPISST, "indSomaPISST");
    }
}
