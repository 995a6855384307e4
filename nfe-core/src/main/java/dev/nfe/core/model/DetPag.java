package dev.nfe.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One means of payment ({@code detPag}).
 *
 * @param indPag {@code /NFe/infNFe/pag/detPag/indPag}
 * @param tPag {@code /NFe/infNFe/pag/detPag/tPag}
 * @param xPag {@code /NFe/infNFe/pag/detPag/xPag}
 * @param vPag {@code /NFe/infNFe/pag/detPag/vPag}
 * @param dPag {@code /NFe/infNFe/pag/detPag/dPag}
 * @param cnpjPag {@code /NFe/infNFe/pag/detPag/CNPJPag}
 * @param ufPag {@code /NFe/infNFe/pag/detPag/UFPag}
 * @param card {@code /NFe/infNFe/pag/detPag/card}
 */
public record DetPag(
        Optional<String> indPag,
        String tPag,
        Optional<String> xPag,
        BigDecimal vPag,
        Optional<LocalDate> dPag,
        Optional<String> cnpjPag,
        Optional<String> ufPag,
        Optional<Card> card) {
    public DetPag {
        Objects.requireNonNull(indPag, "indPag");
        Objects.requireNonNull(tPag, "tPag");
        Objects.requireNonNull(xPag, "xPag");
        Objects.requireNonNull(vPag, "vPag");
        Objects.requireNonNull(dPag, "dPag");
        Objects.requireNonNull(cnpjPag, "cnpjPag");
        Objects.requireNonNull(ufPag, "ufPag");
        Objects.requireNonNull(card, "card");
    }
}
