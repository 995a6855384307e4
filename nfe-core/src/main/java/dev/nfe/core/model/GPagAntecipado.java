package dev.nfe.core.model;

import java.util.List;

/**
 * NF-e of advance payments this note settles ({@code gPagAntecipado}).
 *
 * @param refNFe {@code /NFe/infNFe/ide/gPagAntecipado/refNFe}
 */
public record GPagAntecipado(
        List<String> refNFe) {
    public GPagAntecipado {
        refNFe = List.copyOf(refNFe);
    }
}
