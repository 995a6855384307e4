package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Card payment data ({@code card}).
 *
 * @param tpIntegra {@code /NFe/infNFe/pag/detPag/card/tpIntegra}
 * @param cnpj {@code /NFe/infNFe/pag/detPag/card/CNPJ}
 * @param tBand {@code /NFe/infNFe/pag/detPag/card/tBand}
 * @param cAut {@code /NFe/infNFe/pag/detPag/card/cAut}
 * @param cnpjReceb {@code /NFe/infNFe/pag/detPag/card/CNPJReceb}
 * @param idTermPag {@code /NFe/infNFe/pag/detPag/card/idTermPag}
 */
public record Card(
        Optional<String> tpIntegra,
        Optional<String> cnpj,
        Optional<String> tBand,
        Optional<String> cAut,
        Optional<String> cnpjReceb,
        Optional<String> idTermPag) {
    public Card {
        Objects.requireNonNull(tpIntegra, "tpIntegra");
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(tBand, "tBand");
        Objects.requireNonNull(cAut, "cAut");
        Objects.requireNonNull(cnpjReceb, "cnpjReceb");
        Objects.requireNonNull(idTermPag, "idTermPag");
    }
}
