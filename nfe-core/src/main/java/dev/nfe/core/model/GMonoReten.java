package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Single-phase taxation withheld ({@code gMonoReten}).
 *
 * @param qBCMonoReten {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoReten/qBCMonoReten}
 * @param adRemIBSReten {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoReten/adRemIBSReten}
 * @param vIBSMonoReten {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoReten/vIBSMonoReten}
 * @param adRemCBSReten {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoReten/adRemCBSReten}
 * @param vCBSMonoReten {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoReten/vCBSMonoReten}
 */
public record GMonoReten(
        BigDecimal qBCMonoReten,
        BigDecimal adRemIBSReten,
        BigDecimal vIBSMonoReten,
        BigDecimal adRemCBSReten,
        BigDecimal vCBSMonoReten) {
    public GMonoReten {
        Objects.requireNonNull(qBCMonoReten, "qBCMonoReten");
        Objects.requireNonNull(adRemIBSReten, "adRemIBSReten");
        Objects.requireNonNull(vIBSMonoReten, "vIBSMonoReten");
        Objects.requireNonNull(adRemCBSReten, "adRemCBSReten");
        Objects.requireNonNull(vCBSMonoReten, "vCBSMonoReten");
    }
}
