package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Export data (grupo ZA, {@code exporta}).
 *
 * @param ufSaidaPais {@code /NFe/infNFe/exporta/UFSaidaPais}
 * @param xLocExporta {@code /NFe/infNFe/exporta/xLocExporta}
 * @param xLocDespacho {@code /NFe/infNFe/exporta/xLocDespacho}
 */
public record Exporta(
        String ufSaidaPais,
        String xLocExporta,
        Optional<String> xLocDespacho) {
    public Exporta {
        Objects.requireNonNull(ufSaidaPais, "ufSaidaPais");
        Objects.requireNonNull(xLocExporta, "xLocExporta");
        Objects.requireNonNull(xLocDespacho, "xLocDespacho");
    }
}
