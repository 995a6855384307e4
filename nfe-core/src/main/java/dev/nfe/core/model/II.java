package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The import tax of an item (imposto de importação, {@code II}).
 *
 * @param vBC {@code /NFe/infNFe/det/imposto/II/vBC}
 * @param vDespAdu {@code /NFe/infNFe/det/imposto/II/vDespAdu}
 * @param vII {@code /NFe/infNFe/det/imposto/II/vII}
 * @param vIOF {@code /NFe/infNFe/det/imposto/II/vIOF}
 */
public record II(
        BigDecimal vBC,
        BigDecimal vDespAdu,
        BigDecimal vII,
        BigDecimal vIOF) {
    public II {
        Objects.requireNonNull(vBC, "vBC");
        Objects.requireNonNull(vDespAdu, "vDespAdu");
        Objects.requireNonNull(vII, "vII");
        Objects.requireNonNull(vIOF, "vIOF");
    }
}
