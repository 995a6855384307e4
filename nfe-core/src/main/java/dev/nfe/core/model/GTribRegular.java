package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The regular taxation that would apply without the special regime ({@code gTribRegular}).
 *
 * @param cstReg {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribRegular/CSTReg}
 * @param cClassTribReg {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribRegular/cClassTribReg}
 * @param pAliqEfetRegIBSUF {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribRegular/pAliqEfetRegIBSUF}
 * @param vTribRegIBSUF {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribRegular/vTribRegIBSUF}
 * @param pAliqEfetRegIBSMun {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribRegular/pAliqEfetRegIBSMun}
 * @param vTribRegIBSMun {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribRegular/vTribRegIBSMun}
 * @param pAliqEfetRegCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribRegular/pAliqEfetRegCBS}
 * @param vTribRegCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribRegular/vTribRegCBS}
 */
public record GTribRegular(
        String cstReg,
        String cClassTribReg,
        BigDecimal pAliqEfetRegIBSUF,
        BigDecimal vTribRegIBSUF,
        BigDecimal pAliqEfetRegIBSMun,
        BigDecimal vTribRegIBSMun,
        BigDecimal pAliqEfetRegCBS,
        BigDecimal vTribRegCBS) {
    public GTribRegular {
        Objects.requireNonNull(cstReg, "cstReg");
        Objects.requireNonNull(cClassTribReg, "cClassTribReg");
        Objects.requireNonNull(pAliqEfetRegIBSUF, "pAliqEfetRegIBSUF");
        Objects.requireNonNull(vTribRegIBSUF, "vTribRegIBSUF");
        Objects.requireNonNull(pAliqEfetRegIBSMun, "pAliqEfetRegIBSMun");
        Objects.requireNonNull(vTribRegIBSMun, "vTribRegIBSMun");
        Objects.requireNonNull(pAliqEfetRegCBS, "pAliqEfetRegCBS");
        Objects.requireNonNull(vTribRegCBS, "vTribRegCBS");
    }
}
