package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Presumed IBS credit of the Zona Franca de Manaus ({@code gCredPresIBSZFM}).
 *
 * @param competApur {@code /NFe/infNFe/det/imposto/IBSCBS/gCredPresIBSZFM/competApur}
 * @param tpCredPresIBSZFM {@code /NFe/infNFe/det/imposto/IBSCBS/gCredPresIBSZFM/tpCredPresIBSZFM}
 * @param vCredPresIBSZFM {@code /NFe/infNFe/det/imposto/IBSCBS/gCredPresIBSZFM/vCredPresIBSZFM}
 */
public record GCredPresIBSZFM(
        String competApur,
        String tpCredPresIBSZFM,
        BigDecimal vCredPresIBSZFM) {
    public GCredPresIBSZFM {
        Objects.requireNonNull(competApur, "competApur");
        Objects.requireNonNull(tpCredPresIBSZFM, "tpCredPresIBSZFM");
        Objects.requireNonNull(vCredPresIBSZFM, "vCredPresIBSZFM");
    }
}
