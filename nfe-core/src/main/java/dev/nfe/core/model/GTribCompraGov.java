package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Taxation of a government purchase ({@code gTribCompraGov}).
 *
 * @param pAliqIBSUF {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribCompraGov/pAliqIBSUF}
 * @param vTribIBSUF {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribCompraGov/vTribIBSUF}
 * @param pAliqIBSMun {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribCompraGov/pAliqIBSMun}
 * @param vTribIBSMun {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribCompraGov/vTribIBSMun}
 * @param pAliqCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribCompraGov/pAliqCBS}
 * @param vTribCBS {@code /NFe/infNFe/det/imposto/IBSCBS/gIBSCBS/gTribCompraGov/vTribCBS}
 */
public record GTribCompraGov(
        BigDecimal pAliqIBSUF,
        BigDecimal vTribIBSUF,
        BigDecimal pAliqIBSMun,
        BigDecimal vTribIBSMun,
        BigDecimal pAliqCBS,
        BigDecimal vTribCBS) {
    public GTribCompraGov {
        Objects.requireNonNull(pAliqIBSUF, "pAliqIBSUF");
        Objects.requireNonNull(vTribIBSUF, "vTribIBSUF");
        Objects.requireNonNull(pAliqIBSMun, "pAliqIBSMun");
        Objects.requireNonNull(vTribIBSMun, "vTribIBSMun");
        Objects.requireNonNull(pAliqCBS, "pAliqCBS");
        Objects.requireNonNull(vTribCBS, "vTribCBS");
    }
}
