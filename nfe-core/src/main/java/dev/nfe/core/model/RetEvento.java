package dev.nfe.core.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The result SEFAZ returned for an event ({@code retEvento}).
 *
 * @param versao {@code /procEventoNFe/retEvento/@versao}
 * @param id {@code /procEventoNFe/retEvento/infEvento/@Id}
 * @param tpAmb {@code /procEventoNFe/retEvento/infEvento/tpAmb}
 * @param verAplic {@code /procEventoNFe/retEvento/infEvento/verAplic}
 * @param cOrgao {@code /procEventoNFe/retEvento/infEvento/cOrgao}
 * @param cStat {@code /procEventoNFe/retEvento/infEvento/cStat}
 * @param xMotivo {@code /procEventoNFe/retEvento/infEvento/xMotivo}
 * @param chNFe {@code /procEventoNFe/retEvento/infEvento/chNFe}
 * @param tpEvento {@code /procEventoNFe/retEvento/infEvento/tpEvento}
 * @param xEvento {@code /procEventoNFe/retEvento/infEvento/xEvento}
 * @param nSeqEvento {@code /procEventoNFe/retEvento/infEvento/nSeqEvento}
 * @param cOrgaoAutor {@code /procEventoNFe/retEvento/infEvento/cOrgaoAutor}
 * @param cnpjDest {@code /procEventoNFe/retEvento/infEvento/CNPJDest}
 * @param cpfDest {@code /procEventoNFe/retEvento/infEvento/CPFDest}
 * @param emailDest {@code /procEventoNFe/retEvento/infEvento/emailDest}
 * @param dhRegEvento {@code /procEventoNFe/retEvento/infEvento/dhRegEvento}
 * @param nProt {@code /procEventoNFe/retEvento/infEvento/nProt}
 */
public record RetEvento(
        String versao,
        Optional<String> id,
        String tpAmb,
        String verAplic,
        String cOrgao,
        String cStat,
        String xMotivo,
        Optional<String> chNFe,
        Optional<String> tpEvento,
        Optional<String> xEvento,
        Optional<Integer> nSeqEvento,
        Optional<String> cOrgaoAutor,
        Optional<String> cnpjDest,
        Optional<String> cpfDest,
        Optional<String> emailDest,
        OffsetDateTime dhRegEvento,
        Optional<String> nProt) {
    public RetEvento {
        Objects.requireNonNull(versao, "versao");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tpAmb, "tpAmb");
        Objects.requireNonNull(verAplic, "verAplic");
        Objects.requireNonNull(cOrgao, "cOrgao");
        Objects.requireNonNull(cStat, "cStat");
        Objects.requireNonNull(xMotivo, "xMotivo");
        Objects.requireNonNull(chNFe, "chNFe");
        Objects.requireNonNull(tpEvento, "tpEvento");
        Objects.requireNonNull(xEvento, "xEvento");
        Objects.requireNonNull(nSeqEvento, "nSeqEvento");
        Objects.requireNonNull(cOrgaoAutor, "cOrgaoAutor");
        Objects.requireNonNull(cnpjDest, "cnpjDest");
        Objects.requireNonNull(cpfDest, "cpfDest");
        Objects.requireNonNull(emailDest, "emailDest");
        Objects.requireNonNull(dhRegEvento, "dhRegEvento");
        Objects.requireNonNull(nProt, "nProt");
    }

    /**
     * Whether SEFAZ registered the event: cStat 135 (registered and linked to the NF-e), 136 (registered, not
     * linked) or 155 (cancellation registered out of time).
     */
    public boolean isRegistered() {
        return "135".equals(cStat) || "136".equals(cStat) || "155".equals(cStat);
    }
}
