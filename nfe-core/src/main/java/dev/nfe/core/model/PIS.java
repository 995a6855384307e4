package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The PIS of an item: one record for the {@code PIS} choice (PISAliq, PISQtde, PISNT, PISOutr), named by {@link
 * #group()}; paths are relative to it.
 *
 * @param group the name of the chosen group element
 * @param cst {@code /NFe/infNFe/det/imposto/PIS/PISxx/CST}
 * @param vBC {@code /NFe/infNFe/det/imposto/PIS/PISxx/vBC}
 * @param pPIS {@code /NFe/infNFe/det/imposto/PIS/PISxx/pPIS}
 * @param qBCProd {@code /NFe/infNFe/det/imposto/PIS/PISxx/qBCProd}
 * @param vAliqProd {@code /NFe/infNFe/det/imposto/PIS/PISxx/vAliqProd}
 * @param vPIS {@code /NFe/infNFe/det/imposto/PIS/PISxx/vPIS}
 */
public record PIS(
        String group,
        String cst,
        Optional<BigDecimal> vBC,
        Optional<BigDecimal> pPIS,
        Optional<BigDecimal> qBCProd,
        Optional<BigDecimal> vAliqProd,
        Optional<BigDecimal> vPIS) {
    public PIS {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(cst, "cst");
        Objects.requireNonNull(vBC, "vBC");
        Objects.requireNonNull(pPIS, "pPIS");
        Objects.requireNonNull(qBCProd, "qBCProd");
        Objects.requireNonNull(vAliqProd, "vAliqProd");
        Objects.requireNonNull(vPIS, "vPIS");
    }
}
