package dev.nfe.core.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The authorisation protocol SEFAZ returned for an NF-e ({@code protNFe}).
 *
 * @param versao {@code /nfeProc/protNFe/@versao}
 * @param id {@code /nfeProc/protNFe/infProt/@Id}
 * @param tpAmb {@code /nfeProc/protNFe/infProt/tpAmb}
 * @param verAplic {@code /nfeProc/protNFe/infProt/verAplic}
 * @param chNFe {@code /nfeProc/protNFe/infProt/chNFe}
 * @param dhRecbto {@code /nfeProc/protNFe/infProt/dhRecbto}; empty when a layout before 3.10
 *     gave it without a UTC offset
 * @param nProt {@code /nfeProc/protNFe/infProt/nProt}
 * @param digVal {@code /nfeProc/protNFe/infProt/digVal}
 * @param cStat {@code /nfeProc/protNFe/infProt/cStat}
 * @param xMotivo {@code /nfeProc/protNFe/infProt/xMotivo}
 * @param cMsg {@code /nfeProc/protNFe/infProt/cMsg}, a message code of the issuing state
 * @param xMsg {@code /nfeProc/protNFe/infProt/xMsg}, the text of that message
 */
public record ProtNFe(
        String versao,
        Optional<String> id,
        String tpAmb,
        String verAplic,
        String chNFe,
        Optional<OffsetDateTime> dhRecbto,
        Optional<String> nProt,
        Optional<String> digVal,
        String cStat,
        String xMotivo,
        Optional<String> cMsg,
        Optional<String> xMsg) {
    public ProtNFe {
        Objects.requireNonNull(versao, "versao");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tpAmb, "tpAmb");
        Objects.requireNonNull(verAplic, "verAplic");
        Objects.requireNonNull(chNFe, "chNFe");
        Objects.requireNonNull(dhRecbto, "dhRecbto");
        Objects.requireNonNull(nProt, "nProt");
        Objects.requireNonNull(digVal, "digVal");
        Objects.requireNonNull(cStat, "cStat");
        Objects.requireNonNull(xMotivo, "xMotivo");
        Objects.requireNonNull(cMsg, "cMsg");
        Objects.requireNonNull(xMsg, "xMsg");
    }

    /** Whether the protocol authorises the use of the NF-e: cStat 100, or 150 (authorised out of time). */
    public boolean isAuthorized() {
        return "100".equals(cStat) || "150".equals(cStat);
    }

    /**
     * Whether SEFAZ denied the use of the NF-e (uso denegado) because of the issuer's or the recipient's tax status:
     * cStat 110, 301, 302 or 303.
     */
    public boolean isDenied() {
        return "110".equals(cStat) || "301".equals(cStat) || "302".equals(cStat) || "303".equals(cStat);
    }

    /**
     * Whether the protocol records a cancellation: cStat 101 or 151 (layouts up to 3.10 cancelled through
     * cancNFe), or 135/155 when a cancellation event result was stored as the protocol.
     */
    public boolean isCancelled() {
        return "101".equals(cStat) || "151".equals(cStat) || "135".equals(cStat) || "155".equals(cStat);
    }
}
