package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Government purchase data (compra governamental, {@code gCompraGov}).
 *
 * @param tpEnteGov {@code /NFe/infNFe/ide/gCompraGov/tpEnteGov}
 * @param pRedutor {@code /NFe/infNFe/ide/gCompraGov/pRedutor}
 * @param tpOperGov {@code /NFe/infNFe/ide/gCompraGov/tpOperGov}
 * @param refDFeAnt {@code /NFe/infNFe/ide/gCompraGov/refDFeAnt}
 */
public record GCompraGov(
        String tpEnteGov,
        BigDecimal pRedutor,
        String tpOperGov,
        List<String> refDFeAnt) {
    public GCompraGov {
        Objects.requireNonNull(tpEnteGov, "tpEnteGov");
        Objects.requireNonNull(pRedutor, "pRedutor");
        Objects.requireNonNull(tpOperGov, "tpOperGov");
        refDFeAnt = List.copyOf(refDFeAnt);
    }
}
