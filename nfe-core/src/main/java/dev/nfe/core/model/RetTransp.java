package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * ICMS withheld on the transport service ({@code retTransp}).
 *
 * @param vServ {@code /NFe/infNFe/transp/retTransp/vServ}
 * @param vBCRet {@code /NFe/infNFe/transp/retTransp/vBCRet}
 * @param pICMSRet {@code /NFe/infNFe/transp/retTransp/pICMSRet}
 * @param vICMSRet {@code /NFe/infNFe/transp/retTransp/vICMSRet}
 * @param cfop {@code /NFe/infNFe/transp/retTransp/CFOP}
 * @param cMunFG {@code /NFe/infNFe/transp/retTransp/cMunFG}
 */
public record RetTransp(
        BigDecimal vServ,
        BigDecimal vBCRet,
        BigDecimal pICMSRet,
        BigDecimal vICMSRet,
        String cfop,
        String cMunFG) {
    public RetTransp {
        Objects.requireNonNull(vServ, "vServ");
        Objects.requireNonNull(vBCRet, "vBCRet");
        Objects.requireNonNull(pICMSRet, "pICMSRet");
        Objects.requireNonNull(vICMSRet, "vICMSRet");
        Objects.requireNonNull(cfop, "cfop");
        Objects.requireNonNull(cMunFG, "cMunFG");
    }
}
