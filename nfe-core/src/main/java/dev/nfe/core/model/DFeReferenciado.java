package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The document item this item refers to ({@code DFeReferenciado}).
 *
 * @param chaveAcesso {@code /NFe/infNFe/det/DFeReferenciado/chaveAcesso}
 * @param nItem {@code /NFe/infNFe/det/DFeReferenciado/nItem}
 */
public record DFeReferenciado(
        String chaveAcesso,
        Optional<String> nItem) {
    public DFeReferenciado {
        Objects.requireNonNull(chaveAcesso, "chaveAcesso");
        Objects.requireNonNull(nItem, "nItem");
    }
}
