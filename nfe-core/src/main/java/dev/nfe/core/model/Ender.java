package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An address (endereço, {@code enderEmit} or {@code enderDest}).
 *
 * @param xLgr {@code /NFe/infNFe/{emit/enderEmit,dest/enderDest}/xLgr}
 * @param nro {@code /NFe/infNFe/{emit/enderEmit,dest/enderDest}/nro}
 * @param xCpl {@code /NFe/infNFe/{emit/enderEmit,dest/enderDest}/xCpl}
 * @param xBairro {@code /NFe/infNFe/{emit/enderEmit,dest/enderDest}/xBairro}
 * @param cMun {@code /NFe/infNFe/{emit/enderEmit,dest/enderDest}/cMun}
 * @param xMun {@code /NFe/infNFe/{emit/enderEmit,dest/enderDest}/xMun}
 * @param uf {@code /NFe/infNFe/{emit/enderEmit,dest/enderDest}/UF}
 * @param cep {@code /NFe/infNFe/{emit/enderEmit,dest/enderDest}/CEP}
 * @param cPais {@code /NFe/infNFe/{emit/enderEmit,dest/enderDest}/cPais}
 * @param xPais {@code /NFe/infNFe/{emit/enderEmit,dest/enderDest}/xPais}
 * @param fone {@code /NFe/infNFe/{emit/enderEmit,dest/enderDest}/fone}
 */
public record Ender(
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
        Optional<String> fone) {
    public Ender {
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
    }
}
