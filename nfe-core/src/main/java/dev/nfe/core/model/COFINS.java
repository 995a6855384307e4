package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The COFINS of an item: one record for the {@code COFINS} choice (COFINSAliq, COFINSQtde, COFINSNT, COFINSOutr),
 * named by {@link #group()}; paths are relative to it.
 *
 * @param group the name of the chosen group element
 * @param cst {@code /NFe/infNFe/det/imposto/COFINS/COFINSxx/CST}
 * @param vBC {@code /NFe/infNFe/det/imposto/COFINS/COFINSxx/vBC}
 * @param pCOFINS {@code /NFe/infNFe/det/imposto/COFINS/COFINSxx/pCOFINS}
 * @param qBCProd {@code /NFe/infNFe/det/imposto/COFINS/COFINSxx/qBCProd}
 * @param vAliqProd {@code /NFe/infNFe/det/imposto/COFINS/COFINSxx/vAliqProd}
 * @param vCOFINS {@code /NFe/infNFe/det/imposto/COFINS/COFINSxx/vCOFINS}
 */
public record COFINS(
        String group,
        String cst,
        Optional<BigDecimal> vBC,
        Optional<BigDecimal> pCOFINS,
        Optional<BigDecimal> qBCProd,
        Optional<BigDecimal> vAliqProd,
        Optional<BigDecimal> vCOFINS) {
    public COFINS {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(cst, "cst");
        Objects.requireNonNull(vBC, "vBC");
        Objects.requireNonNull(pCOFINS, "pCOFINS");
        Objects.requireNonNull(qBCProd, "qBCProd");
        Objects.requireNonNull(vAliqProd, "vAliqProd");
        Objects.requireNonNull(vCOFINS, "vCOFINS");
    }
}
