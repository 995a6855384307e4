package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Export data of the item ({@code detExport}).
 *
 * @param nDraw {@code /NFe/infNFe/det/prod/detExport/nDraw}
 * @param exportInd {@code /NFe/infNFe/det/prod/detExport/exportInd}
 */
public record DetExport(
        Optional<String> nDraw,
        Optional<ExportInd> exportInd) {
    public DetExport {
        Objects.requireNonNull(nDraw, "nDraw");
        Objects.requireNonNull(exportInd, "exportInd");
    }
}
