package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Single-phase taxation withheld earlier ({@code gMonoRet}).
 *
 * @param qBCMonoRet {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoRet/qBCMonoRet}
 * @param adRemIBSRet {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoRet/adRemIBSRet}
 * @param vIBSMonoRet {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoRet/vIBSMonoRet}
 * @param adRemCBSRet {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoRet/adRemCBSRet}
 * @param vCBSMonoRet {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoRet/vCBSMonoRet}
 */
public record GMonoRet(
        BigDecimal qBCMonoRet,
        BigDecimal adRemIBSRet,
        BigDecimal vIBSMonoRet,
        BigDecimal adRemCBSRet,
        BigDecimal vCBSMonoRet) {
    public GMonoRet {
        Objects.requireNonNull(qBCMonoRet, "qBCMonoRet");
        Objects.requireNonNull(adRemIBSRet, "adRemIBSRet");
        Objects.requireNonNull(vIBSMonoRet, "vIBSMonoRet");
        Objects.requireNonNull(adRemCBSRet, "adRemCBSRet");
        Objects.requireNonNull(vCBSMonoRet, "vCBSMonoRet");
    }
}
