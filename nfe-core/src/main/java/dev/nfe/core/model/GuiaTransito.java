package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An animal or plant transit permit ({@code guiaTransito}).
 *
 * @param tpGuia {@code /NFe/infNFe/agropecuario/guiaTransito/tpGuia}
 * @param ufGuia {@code /NFe/infNFe/agropecuario/guiaTransito/UFGuia}
 * @param serieGuia {@code /NFe/infNFe/agropecuario/guiaTransito/serieGuia}
 * @param nGuia {@code /NFe/infNFe/agropecuario/guiaTransito/nGuia}
 */
public record GuiaTransito(
        String tpGuia,
        String ufGuia,
        Optional<String> serieGuia,
        String nGuia) {
    public GuiaTransito {
        Objects.requireNonNull(tpGuia, "tpGuia");
        Objects.requireNonNull(ufGuia, "ufGuia");
        Objects.requireNonNull(serieGuia, "serieGuia");
        Objects.requireNonNull(nGuia, "nGuia");
    }
}
