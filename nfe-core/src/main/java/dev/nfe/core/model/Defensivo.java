package dev.nfe.core.model;

import java.util.Objects;

/**
 * A pesticide prescription ({@code defensivo}).
 *
 * @param nReceituario {@code /NFe/infNFe/agropecuario/defensivo/nReceituario}
 * @param cpfRespTec {@code /NFe/infNFe/agropecuario/defensivo/CPFRespTec}
 */
public record Defensivo(
        String nReceituario,
        String cpfRespTec) {
    public Defensivo {
        Objects.requireNonNull(nReceituario, "nReceituario");
        Objects.requireNonNull(cpfRespTec, "cpfRespTec");
    }
}
