package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A pick-up or delivery place (local de retirada or entrega, type {@code TLocal}).
 *
 * @param cnpj {@code /NFe/infNFe/{retirada,entrega}/CNPJ}
 * @param cpf {@code /NFe/infNFe/{retirada,entrega}/CPF}
 * @param xNome {@code /NFe/infNFe/{retirada,entrega}/xNome}
 * @param xLgr {@code /NFe/infNFe/{retirada,entrega}/xLgr}
 * @param nro {@code /NFe/infNFe/{retirada,entrega}/nro}
 * @param xCpl {@code /NFe/infNFe/{retirada,entrega}/xCpl}
 * @param xBairro {@code /NFe/infNFe/{retirada,entrega}/xBairro}
 * @param cMun {@code /NFe/infNFe/{retirada,entrega}/cMun}
 * @param xMun {@code /NFe/infNFe/{retirada,entrega}/xMun}
 * @param uf {@code /NFe/infNFe/{retirada,entrega}/UF}
 * @param cep {@code /NFe/infNFe/{retirada,entrega}/CEP}
 * @param cPais {@code /NFe/infNFe/{retirada,entrega}/cPais}
 * @param xPais {@code /NFe/infNFe/{retirada,entrega}/xPais}
 * @param fone {@code /NFe/infNFe/{retirada,entrega}/fone}
 * @param email {@code /NFe/infNFe/{retirada,entrega}/email}
 * @param ie {@code /NFe/infNFe/{retirada,entrega}/IE}
 */
public record Local(
        Optional<String> cnpj,
        Optional<String> cpf,
        Optional<String> xNome,
        String xLgr,
        String nro,
        Optional<String> xCpl,
        String xBairro,
        String cMun,
        String xMun,
        String uf,
        Optional<String> cep,
        Optional<String> cPais,
        Optional<String> xPais,
        Optional<String> fone,
        Optional<String> email,
        Optional<String> ie) {
    public Local {
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(cpf, "cpf");
        Objects.requireNonNull(xNome, "xNome");
        Objects.requireNonNull(xLgr, "xLgr");
        Objects.requireNonNull(nro, "nro");
        Objects.requireNonNull(xCpl, "xCpl");
        Objects.requireNonNull(xBairro, "xBairro");
        Objects.requireNonNull(cMun, "cMun");
        Objects.requireNonNull(xMun, "xMun");
        Objects.requireNonNull(uf, "uf");
        Objects.requireNonNull(cep, "cep");
        Objects.requireNonNull(cPais, "cPais");
        Objects.requireNonNull(xPais, "xPais");
        Objects.requireNonNull(fone, "fone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(ie, "ie");
    }
}
