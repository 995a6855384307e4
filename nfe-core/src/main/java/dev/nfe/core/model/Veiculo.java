package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A vehicle or trailer (type {@code TVeiculo}).
 *
 * @param placa {@code /NFe/infNFe/transp/{veicTransp,reboque}/placa}
 * @param uf {@code /NFe/infNFe/transp/{veicTransp,reboque}/UF}
 * @param rntc {@code /NFe/infNFe/transp/{veicTransp,reboque}/RNTC}
 */
public record Veiculo(
        String placa,
        Optional<String> uf,
        Optional<String> rntc) {
    public Veiculo {
        Objects.requireNonNull(placa, "placa");
        Objects.requireNonNull(uf, "uf");
        Objects.requireNonNull(rntc, "rntc");
    }
}
