package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Indirect export data ({@code exportInd}).
 *
 * @param nRE {@code /NFe/infNFe/det/prod/detExport/exportInd/nRE}
 * @param chNFe {@code /NFe/infNFe/det/prod/detExport/exportInd/chNFe}
 * @param qExport {@code /NFe/infNFe/det/prod/detExport/exportInd/qExport}
 */
public record ExportInd(
        String nRE,
        String chNFe,
        BigDecimal qExport) {
    public ExportInd {
        Objects.requireNonNull(nRE, "nRE");
        Objects.requireNonNull(chNFe, "chNFe");
        Objects.requireNonNull(qExport, "qExport");
    }
}
