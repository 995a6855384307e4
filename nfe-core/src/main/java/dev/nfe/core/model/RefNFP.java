package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A referenced Nota Fiscal de produtor rural ({@code refNFP}).
 *
 * @param cUF {@code /NFe/infNFe/ide/NFref/refNFP/cUF}
 * @param aamm {@code /NFe/infNFe/ide/NFref/refNFP/AAMM}
 * @param cnpj {@code /NFe/infNFe/ide/NFref/refNFP/CNPJ}
 * @param cpf {@code /NFe/infNFe/ide/NFref/refNFP/CPF}
 * @param ie {@code /NFe/infNFe/ide/NFref/refNFP/IE}
 * @param mod {@code /NFe/infNFe/ide/NFref/refNFP/mod}
 * @param serie {@code /NFe/infNFe/ide/NFref/refNFP/serie}
 * @param nNF {@code /NFe/infNFe/ide/NFref/refNFP/nNF}
 */
public record RefNFP(
        String cUF,
        String aamm,
        Optional<String> cnpj,
        Optional<String> cpf,
        String ie,
        String mod,
        String serie,
        String nNF) {
    public RefNFP {
        Objects.requireNonNull(cUF, "cUF");
        Objects.requireNonNull(aamm, "aamm");
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(cpf, "cpf");
        Objects.requireNonNull(ie, "ie");
        Objects.requireNonNull(mod, "mod");
        Objects.requireNonNull(serie, "serie");
        Objects.requireNonNull(nNF, "nNF");
    }
}
