package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The IPI of an item ({@code IPI}); {@link #group()} names the choice, {@code IPITrib} or {@code IPINT}, whose fields
 * are paths relative to it.
 *
 * @param clEnq {@code /NFe/infNFe/det/imposto/IPI/clEnq}
 * @param cnpjProd {@code /NFe/infNFe/det/imposto/IPI/CNPJProd}
 * @param cSelo {@code /NFe/infNFe/det/imposto/IPI/cSelo}
 * @param qSelo {@code /NFe/infNFe/det/imposto/IPI/qSelo}
 * @param cEnq {@code /NFe/infNFe/det/imposto/IPI/cEnq}
 * @param group the name of the chosen group element
 * @param cst {@code /NFe/infNFe/det/imposto/IPI/CST}
 * @param vBC {@code /NFe/infNFe/det/imposto/IPI/vBC}
 * @param pIPI {@code /NFe/infNFe/det/imposto/IPI/pIPI}
 * @param qUnid {@code /NFe/infNFe/det/imposto/IPI/qUnid}
 * @param vUnid {@code /NFe/infNFe/det/imposto/IPI/vUnid}
 * @param vIPI {@code /NFe/infNFe/det/imposto/IPI/vIPI}
 */
public record IPI(
        Optional<String> clEnq,
        Optional<String> cnpjProd,
        Optional<String> cSelo,
        Optional<String> qSelo,
        String cEnq,
        String group,
        String cst,
        Optional<BigDecimal> vBC,
        Optional<BigDecimal> pIPI,
        Optional<BigDecimal> qUnid,
        Optional<BigDecimal> vUnid,
        Optional<BigDecimal> vIPI) {
    public IPI {
        Objects.requireNonNull(clEnq, "clEnq");
        Objects.requireNonNull(cnpjProd, "cnpjProd");
        Objects.requireNonNull(cSelo, "cSelo");
        Objects.requireNonNull(qSelo, "qSelo");
        Objects.requireNonNull(cEnq, "cEnq");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(cst, "cst");
        Objects.requireNonNull(vBC, "vBC");
        Objects.requireNonNull(pIPI, "pIPI");
        Objects.requireNonNull(qUnid, "qUnid");
        Objects.requireNonNull(vUnid, "vUnid");
        Objects.requireNonNull(vIPI, "vIPI");
    }
}
