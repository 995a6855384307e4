package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Sugar cane supply (grupo ZC, {@code cana}).
 *
 * @param safra {@code /NFe/infNFe/cana/safra}
 * @param ref {@code /NFe/infNFe/cana/ref}
 * @param forDia {@code /NFe/infNFe/cana/forDia}
 * @param qTotMes {@code /NFe/infNFe/cana/qTotMes}
 * @param qTotAnt {@code /NFe/infNFe/cana/qTotAnt}
 * @param qTotGer {@code /NFe/infNFe/cana/qTotGer}
 * @param deduc {@code /NFe/infNFe/cana/deduc}
 * @param vFor {@code /NFe/infNFe/cana/vFor}
 * @param vTotDed {@code /NFe/infNFe/cana/vTotDed}
 * @param vLiqFor {@code /NFe/infNFe/cana/vLiqFor}
 */
public record Cana(
        String safra,
        String ref,
        List<ForDia> forDia,
        BigDecimal qTotMes,
        BigDecimal qTotAnt,
        BigDecimal qTotGer,
        List<Deduc> deduc,
        BigDecimal vFor,
        BigDecimal vTotDed,
        BigDecimal vLiqFor) {
    public Cana {
        Objects.requireNonNull(safra, "safra");
        Objects.requireNonNull(ref, "ref");
        forDia = List.copyOf(forDia);
        Objects.requireNonNull(qTotMes, "qTotMes");
        Objects.requireNonNull(qTotAnt, "qTotAnt");
        Objects.requireNonNull(qTotGer, "qTotGer");
        deduc = List.copyOf(deduc);
        Objects.requireNonNull(vFor, "vFor");
        Objects.requireNonNull(vTotDed, "vTotDed");
        Objects.requireNonNull(vLiqFor, "vLiqFor");
    }
}
