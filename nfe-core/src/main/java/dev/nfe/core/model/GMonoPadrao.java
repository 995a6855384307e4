package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Standard single-phase taxation ({@code gMonoPadrao}).
 *
 * @param qBCMono {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoPadrao/qBCMono}
 * @param adRemIBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoPadrao/adRemIBS}
 * @param adRemCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoPadrao/adRemCBS}
 * @param vIBSMono {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoPadrao/vIBSMono}
 * @param vCBSMono {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoPadrao/vCBSMono}
 */
public record GMonoPadrao(
        BigDecimal qBCMono,
        BigDecimal adRemIBS,
        BigDecimal adRemCBS,
        BigDecimal vIBSMono,
        BigDecimal vCBSMono) {
    public GMonoPadrao {
        Objects.requireNonNull(qBCMono, "qBCMono");
        Objects.requireNonNull(adRemIBS, "adRemIBS");
        Objects.requireNonNull(adRemCBS, "adRemCBS");
        Objects.requireNonNull(vIBSMono, "vIBSMono");
        Objects.requireNonNull(vCBSMono, "vCBSMono");
    }
}
