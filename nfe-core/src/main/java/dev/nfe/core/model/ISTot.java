package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Selective tax total (imposto seletivo, {@code ISTot}).
 *
 * @param vIS {@code /NFe/infNFe/total/ISTot/vIS}
 */
public record ISTot(
        BigDecimal vIS) {
    public ISTot {
        Objects.requireNonNull(vIS, "vIS");
    }
}
