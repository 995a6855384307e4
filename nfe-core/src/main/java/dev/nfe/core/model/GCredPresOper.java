package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Presumed IBS and CBS credit of the operation ({@code gCredPresOper}).
 *
 * @param vBCCredPres {@code /NFe/infNFe/det/imposto/IBSCBS/gCredPresOper/vBCCredPres}
 * @param cCredPres {@code /NFe/infNFe/det/imposto/IBSCBS/gCredPresOper/cCredPres}
 * @param gIBSCredPres {@code /NFe/infNFe/det/imposto/IBSCBS/gCredPresOper/gIBSCredPres}
 * @param gCBSCredPres {@code /NFe/infNFe/det/imposto/IBSCBS/gCredPresOper/gCBSCredPres}
 */
public record GCredPresOper(
        BigDecimal vBCCredPres,
        String cCredPres,
        Optional<GCredPres> gIBSCredPres,
        Optional<GCredPres> gCBSCredPres) {
    public GCredPresOper {
        Objects.requireNonNull(vBCCredPres, "vBCCredPres");
        Objects.requireNonNull(cCredPres, "cCredPres");
        Objects.requireNonNull(gIBSCredPres, "gIBSCredPres");
        Objects.requireNonNull(gCBSCredPres, "gCBSCredPres");
    }
}
