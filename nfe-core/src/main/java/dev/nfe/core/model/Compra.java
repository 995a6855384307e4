package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Purchase data (grupo ZB, {@code compra}).
 *
 * @param xNEmp {@code /NFe/infNFe/compra/xNEmp}
 * @param xPed {@code /NFe/infNFe/compra/xPed}
 * @param xCont {@code /NFe/infNFe/compra/xCont}
 */
public record Compra(
        Optional<String> xNEmp,
        Optional<String> xPed,
        Optional<String> xCont) {
    public Compra {
        Objects.requireNonNull(xNEmp, "xNEmp");
        Objects.requireNonNull(xPed, "xPed");
        Objects.requireNonNull(xCont, "xCont");
    }
}
