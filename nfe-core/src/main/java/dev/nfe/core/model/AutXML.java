package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A party authorised to download the XML ({@code autXML}).
 *
 * @param cnpj {@code /NFe/infNFe/autXML/CNPJ}
 * @param cpf {@code /NFe/infNFe/autXML/CPF}
 */
public record AutXML(
        Optional<String> cnpj,
        Optional<String> cpf) {
    public AutXML {
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(cpf, "cpf");
    }
}
