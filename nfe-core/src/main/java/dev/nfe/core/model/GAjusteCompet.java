package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Adjustment of IBS and CBS of another period ({@code gAjusteCompet}).
 *
 * @param competApur {@code /NFe/infNFe/det/imposto/IBSCBS/gAjusteCompet/competApur}
 * @param vIBS {@code /NFe/infNFe/det/imposto/IBSCBS/gAjusteCompet/vIBS}
 * @param vCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gAjusteCompet/vCBS}
 */
public record GAjusteCompet(
        String competApur,
        BigDecimal vIBS,
        BigDecimal vCBS) {
    public GAjusteCompet {
        Objects.requireNonNull(competApur, "competApur");
        Objects.requireNonNull(vIBS, "vIBS");
        Objects.requireNonNull(vCBS, "vCBS");
    }
}
