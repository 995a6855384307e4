package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Rate reduction of IBS or CBS ({@code gRed}).
 *
 * @param pRedAliq {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/{gIBSUF,gIBSMun,gCBS}/gRed/pRedAliq}
 * @param pAliqEfet {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/{gIBSUF,gIBSMun,gCBS}/gRed/pAliqEfet}
 */
public record GRed(
        BigDecimal pRedAliq,
        BigDecimal pAliqEfet) {
    public GRed {
        Objects.requireNonNull(pRedAliq, "pRedAliq");
        Objects.requireNonNull(pAliqEfet, "pAliqEfet");
    }
}
