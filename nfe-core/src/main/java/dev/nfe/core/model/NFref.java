package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A referenced document (grupo BA, {@code NFref}): exactly one of its components is present.
 *
 * @param refNFe {@code /NFe/infNFe/ide/NFref/refNFe}
 * @param refNFeSig {@code /NFe/infNFe/ide/NFref/refNFeSig}
 * @param refNF {@code /NFe/infNFe/ide/NFref/refNF}
 * @param refNFP {@code /NFe/infNFe/ide/NFref/refNFP}
 * @param refCTe {@code /NFe/infNFe/ide/NFref/refCTe}
 * @param refECF {@code /NFe/infNFe/ide/NFref/refECF}
 */
public record NFref(
        Optional<String> refNFe,
        Optional<String> refNFeSig,
        Optional<RefNF> refNF,
        Optional<RefNFP> refNFP,
        Optional<String> refCTe,
        Optional<RefECF> refECF) {
    public NFref {
        Objects.requireNonNull(refNFe, "refNFe");
        Objects.requireNonNull(refNFeSig, "refNFeSig");
        Objects.requireNonNull(refNF, "refNF");
        Objects.requireNonNull(refNFP, "refNFP");
        Objects.requireNonNull(refCTe, "refCTe");
        Objects.requireNonNull(refECF, "refECF");
    }
}
