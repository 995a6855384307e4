package dev.nfe.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Agricultural products data ({@code agropecuario}).
 *
 * @param defensivo {@code /NFe/infNFe/agropecuario/defensivo}
 * @param guiaTransito {@code /NFe/infNFe/agropecuario/guiaTransito}
 */
public record Agropecuario(
        List<Defensivo> defensivo,
        Optional<GuiaTransito> guiaTransito) {
    public Agropecuario {
        defensivo = List.copyOf(defensivo);
        Objects.requireNonNull(guiaTransito, "guiaTransito");
    }
}
