package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A presumed credit of IBS or CBS (type {@code TCredPres}).
 *
 * @param pCredPres {@code /NFe/infNFe/det/imposto/IBSCBS/gCredPresOper/{gIBSCredPres,gCBSCredPres}/pCredPres}
 * @param vCredPres {@code /NFe/infNFe/det/imposto/IBSCBS/gCredPresOper/{gIBSCredPres,gCBSCredPres}/vCredPres}
 * @param vCredPresCondSus
 *     {@code /NFe/infNFe/det/imposto/IBSCBS/gCredPresOper/{gIBSCredPres,gCBSCredPres}/vCredPresCondSus}
 */
public record GCredPres(
        BigDecimal pCredPres,
        Optional<BigDecimal> vCredPres,
        Optional<BigDecimal> vCredPresCondSus) {
    public GCredPres {
        Objects.requireNonNull(pCredPres, "pCredPres");
        Objects.requireNonNull(vCredPres, "vCredPres");
        Objects.requireNonNull(vCredPresCondSus, "vCredPresCondSus");
    }
}
