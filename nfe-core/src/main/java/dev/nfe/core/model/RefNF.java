package dev.nfe.core.model;

import java.util.Objects;

/**
 * A referenced paper Nota Fiscal model 1/1A or 2 ({@code refNF}); codes keep their leading zeros.
 *
 * @param cUF {@code /NFe/infNFe/ide/NFref/refNF/cUF}
 * @param aamm {@code /NFe/infNFe/ide/NFref/refNF/AAMM}
 * @param cnpj {@code /NFe/infNFe/ide/NFref/refNF/CNPJ}
 * @param mod {@code /NFe/infNFe/ide/NFref/refNF/mod}
 * @param serie {@code /NFe/infNFe/ide/NFref/refNF/serie}
 * @param nNF {@code /NFe/infNFe/ide/NFref/refNF/nNF}
 */
public record RefNF(
        String cUF,
        String aamm,
        String cnpj,
        String mod,
        String serie,
        String nNF) {
    public RefNF {
        Objects.requireNonNull(cUF, "cUF");
        Objects.requireNonNull(aamm, "aamm");
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(mod, "mod");
        Objects.requireNonNull(serie, "serie");
        Objects.requireNonNull(nNF, "nNF");
    }
}
