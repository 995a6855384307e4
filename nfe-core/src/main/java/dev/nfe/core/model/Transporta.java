package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The carrier (transportador, {@code transporta}).
 *
 * @param cnpj {@code /NFe/infNFe/transp/transporta/CNPJ}
 * @param cpf {@code /NFe/infNFe/transp/transporta/CPF}
 * @param xNome {@code /NFe/infNFe/transp/transporta/xNome}
 * @param ie {@code /NFe/infNFe/transp/transporta/IE}
 * @param xEnder {@code /NFe/infNFe/transp/transporta/xEnder}
 * @param xMun {@code /NFe/infNFe/transp/transporta/xMun}
 * @param uf {@code /NFe/infNFe/transp/transporta/UF}
 */
public record Transporta(
        Optional<String> cnpj,
        Optional<String> cpf,
        Optional<String> xNome,
        Optional<String> ie,
        Optional<String> xEnder,
        Optional<String> xMun,
        Optional<String> uf) {
    public Transporta {
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(cpf, "cpf");
        Objects.requireNonNull(xNome, "xNome");
        Objects.requireNonNull(ie, "ie");
        Objects.requireNonNull(xEnder, "xEnder");
        Objects.requireNonNull(xMun, "xMun");
        Objects.requireNonNull(uf, "uf");
    }
}
