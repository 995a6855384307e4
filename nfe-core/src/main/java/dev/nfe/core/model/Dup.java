package dev.nfe.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An instalment (duplicata, {@code dup}).
 *
 * @param nDup {@code /NFe/infNFe/cobr/dup/nDup}
 * @param dVenc {@code /NFe/infNFe/cobr/dup/dVenc}
 * @param vDup {@code /NFe/infNFe/cobr/dup/vDup}
 */
public record Dup(
        Optional<String> nDup,
        Optional<LocalDate> dVenc,
        BigDecimal vDup) {
    public Dup {
        Objects.requireNonNull(nDup, "nDup");
        Objects.requireNonNull(dVenc, "dVenc");
        Objects.requireNonNull(vDup, "vDup");
    }
}
