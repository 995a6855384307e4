package dev.nfe.core.model;

import java.util.Objects;

/**
 * A referenced cupom fiscal ({@code refECF}).
 *
 * @param mod {@code /NFe/infNFe/ide/NFref/refECF/mod}
 * @param nECF {@code /NFe/infNFe/ide/NFref/refECF/nECF}
 * @param nCOO {@code /NFe/infNFe/ide/NFref/refECF/nCOO}
 */
public record RefECF(
        String mod,
        String nECF,
        String nCOO) {
    public RefECF {
        Objects.requireNonNull(mod, "mod");
        Objects.requireNonNull(nECF, "nECF");
        Objects.requireNonNull(nCOO, "nCOO");
    }
}
