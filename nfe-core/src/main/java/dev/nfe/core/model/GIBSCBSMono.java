package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Single-phase (monofásica) IBS and CBS on fuels ({@code gIBSCBSMono}).
 *
 * @param gMonoPadrao {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoPadrao}
 * @param gMonoReten {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoReten}
 * @param gMonoRet {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoRet}
 * @param gMonoDif {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/gMonoDif}
 * @param vTotIBSMonoItem {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/vTotIBSMonoItem}
 * @param vTotCBSMonoItem {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBSMono/vTotCBSMonoItem}
 */
public record GIBSCBSMono(
        Optional<GMonoPadrao> gMonoPadrao,
        Optional<GMonoReten> gMonoReten,
        Optional<GMonoRet> gMonoRet,
        Optional<GMonoDif> gMonoDif,
        BigDecimal vTotIBSMonoItem,
        BigDecimal vTotCBSMonoItem) {
    public GIBSCBSMono {
        Objects.requireNonNull(gMonoPadrao, "gMonoPadrao");
        Objects.requireNonNull(gMonoReten, "gMonoReten");
        Objects.requireNonNull(gMonoRet, "gMonoRet");
        Objects.requireNonNull(gMonoDif, "gMonoDif");
        Objects.requireNonNull(vTotIBSMonoItem, "vTotIBSMonoItem");
        Objects.requireNonNull(vTotCBSMonoItem, "vTotCBSMonoItem");
    }
}
