package dev.nfe.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Billing (cobrança, grupo Y, {@code cobr}).
 *
 * @param fat {@code /NFe/infNFe/cobr/fat}
 * @param dup {@code /NFe/infNFe/cobr/dup}
 */
public record Cobr(
        Optional<Fat> fat,
        List<Dup> dup) {
    public Cobr {
        Objects.requireNonNull(fat, "fat");
        dup = List.copyOf(dup);
    }
}
