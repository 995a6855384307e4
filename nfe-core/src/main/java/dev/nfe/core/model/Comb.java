package dev.nfe.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fuel sold as the item ({@code comb}).
 *
 * @param cProdANP {@code /NFe/infNFe/det/prod/comb/cProdANP}
 * @param descANP {@code /NFe/infNFe/det/prod/comb/descANP}
 * @param pMixGN {@code /NFe/infNFe/det/prod/comb/pMixGN}
 * @param pGLP {@code /NFe/infNFe/det/prod/comb/pGLP}
 * @param pGNn {@code /NFe/infNFe/det/prod/comb/pGNn}
 * @param pGNi {@code /NFe/infNFe/det/prod/comb/pGNi}
 * @param vPart {@code /NFe/infNFe/det/prod/comb/vPart}
 * @param codif {@code /NFe/infNFe/det/prod/comb/CODIF}
 * @param qTemp {@code /NFe/infNFe/det/prod/comb/qTemp}
 * @param ufCons {@code /NFe/infNFe/det/prod/comb/UFCons}
 * @param cide {@code /NFe/infNFe/det/prod/comb/CIDE}
 * @param encerrante {@code /NFe/infNFe/det/prod/comb/encerrante}
 * @param pBio {@code /NFe/infNFe/det/prod/comb/pBio}
 * @param origComb {@code /NFe/infNFe/det/prod/comb/origComb}
 */
public record Comb(
        String cProdANP,
        Optional<String> descANP,
        Optional<BigDecimal> pMixGN,
        Optional<BigDecimal> pGLP,
        Optional<BigDecimal> pGNn,
        Optional<BigDecimal> pGNi,
        Optional<BigDecimal> vPart,
        Optional<String> codif,
        Optional<BigDecimal> qTemp,
        String ufCons,
        Optional<CIDE> cide,
        Optional<Encerrante> encerrante,
        Optional<BigDecimal> pBio,
        List<OrigComb> origComb) {
    public Comb {
        Objects.requireNonNull(cProdANP, "cProdANP");
        Objects.requireNonNull(descANP, "descANP");
        Objects.requireNonNull(pMixGN, "pMixGN");
        Objects.requireNonNull(pGLP, "pGLP");
        Objects.requireNonNull(pGNn, "pGNn");
        Objects.requireNonNull(pGNi, "pGNi");
        Objects.requireNonNull(vPart, "vPart");
        Objects.requireNonNull(codif, "codif");
        Objects.requireNonNull(qTemp, "qTemp");
        Objects.requireNonNull(ufCons, "ufCons");
        Objects.requireNonNull(cide, "cide");
        Objects.requireNonNull(encerrante, "encerrante");
        Objects.requireNonNull(pBio, "pBio");
        origComb = List.copyOf(origComb);
    }
}
