package dev.nfe.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Additional information (grupo Z, {@code infAdic}).
 *
 * @param infAdFisco {@code /NFe/infNFe/infAdic/infAdFisco}
 * @param infCpl {@code /NFe/infNFe/infAdic/infCpl}
 * @param obsCont {@code /NFe/infNFe/infAdic/obsCont}
 * @param obsFisco {@code /NFe/infNFe/infAdic/obsFisco}
 * @param procRef {@code /NFe/infNFe/infAdic/procRef}
 */
public record InfAdic(
        Optional<String> infAdFisco,
        Optional<String> infCpl,
        List<Obs> obsCont,
        List<Obs> obsFisco,
        List<ProcRef> procRef) {
    public InfAdic {
        Objects.requireNonNull(infAdFisco, "infAdFisco");
        Objects.requireNonNull(infCpl, "infCpl");
        obsCont = List.copyOf(obsCont);
        obsFisco = List.copyOf(obsFisco);
        procRef = List.copyOf(procRef);
    }
}
