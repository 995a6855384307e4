package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Daily sugar cane supply ({@code forDia}).
 *
 * @param dia {@code /NFe/infNFe/cana/forDia/@dia}
 * @param qtde {@code /NFe/infNFe/cana/forDia/qtde}
 */
public record ForDia(
        String dia,
        BigDecimal qtde) {
    public ForDia {
        Objects.requireNonNull(dia, "dia");
        Objects.requireNonNull(qtde, "qtde");
    }
}
