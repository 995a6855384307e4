package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a generated {@code det} item holds, for tests to compare with what a parser reads back.
 *
 * @param nItem item number ({@code det/@nItem}), from 1
 * @param cProd product code ({@code det/prod/cProd})
 * @param xProd description ({@code det/prod/xProd}), may need XML escaping
 * @param ncm NCM ({@code det/prod/NCM})
 * @param cfop CFOP ({@code det/prod/CFOP})
 * @param qCom quantity, scale 4 ({@code det/prod/qCom}; qTrib is equal)
 * @param vUnCom unit price, scale 10 ({@code det/prod/vUnCom}; vUnTrib is equal)
 * @param vProd gross value, scale 2 ({@code det/prod/vProd}), {@code qCom × vUnCom} rounded half-up
 * @param vDesc discount ({@code det/prod/vDesc}), zero when the tag is absent
 * @param vFrete freight ({@code det/prod/vFrete}), zero when absent
 * @param vSeg insurance ({@code det/prod/vSeg}), zero when absent
 * @param vOutro other charges ({@code det/prod/vOutro}), zero when absent
 * @param icmsGroup the ICMS group element, e.g. {@code ICMS00} or {@code ICMSSN102}
 * @param cst the ICMS {@code CST} or Simples Nacional {@code CSOSN} written in that group
 * @param taxes the item's tax amounts
 * @param vItem the item total ({@code det/vItem}), written only on documents with IBS/CBS
 */
public record GeneratedItem(int nItem, String cProd, String xProd, String ncm, String cfop, BigDecimal qCom,
                            BigDecimal vUnCom, BigDecimal vProd, BigDecimal vDesc, BigDecimal vFrete, BigDecimal vSeg,
                            BigDecimal vOutro, String icmsGroup, String cst, TaxTotals taxes,
                            Optional<BigDecimal> vItem) {
    public GeneratedItem {
        Objects.requireNonNull(cProd, "cProd");
        Objects.requireNonNull(xProd, "xProd");
        Objects.requireNonNull(ncm, "ncm");
        Objects.requireNonNull(cfop, "cfop");
        Objects.requireNonNull(qCom, "qCom");
        Objects.requireNonNull(vUnCom, "vUnCom");
        Objects.requireNonNull(vProd, "vProd");
        Objects.requireNonNull(vDesc, "vDesc");
        Objects.requireNonNull(vFrete, "vFrete");
        Objects.requireNonNull(vSeg, "vSeg");
        Objects.requireNonNull(vOutro, "vOutro");
        Objects.requireNonNull(icmsGroup, "icmsGroup");
        Objects.requireNonNull(cst, "cst");
        Objects.requireNonNull(taxes, "taxes");
        Objects.requireNonNull(vItem, "vItem");
    }
}
