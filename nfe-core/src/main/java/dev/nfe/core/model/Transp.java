package dev.nfe.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Transport of the goods (grupo X, {@code transp}).
 *
 * @param modFrete {@code /NFe/infNFe/transp/modFrete}
 * @param transporta {@code /NFe/infNFe/transp/transporta}
 * @param retTransp {@code /NFe/infNFe/transp/retTransp}
 * @param veicTransp {@code /NFe/infNFe/transp/veicTransp}
 * @param reboque {@code /NFe/infNFe/transp/reboque}
 * @param vagao {@code /NFe/infNFe/transp/vagao}
 * @param balsa {@code /NFe/infNFe/transp/balsa}
 * @param vol {@code /NFe/infNFe/transp/vol}
 */
public record Transp(
        String modFrete,
        Optional<Transporta> transporta,
        Optional<RetTransp> retTransp,
        Optional<Veiculo> veicTransp,
        List<Veiculo> reboque,
        Optional<String> vagao,
        Optional<String> balsa,
        List<Vol> vol) {
    public Transp {
        Objects.requireNonNull(modFrete, "modFrete");
        Objects.requireNonNull(transporta, "transporta");
        Objects.requireNonNull(retTransp, "retTransp");
        Objects.requireNonNull(veicTransp, "veicTransp");
        reboque = List.copyOf(reboque);
        Objects.requireNonNull(vagao, "vagao");
        Objects.requireNonNull(balsa, "balsa");
        vol = List.copyOf(vol);
    }
}
