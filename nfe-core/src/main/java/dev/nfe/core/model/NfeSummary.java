package dev.nfe.core.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A summary of an NF-e that SEFAZ distribution (NFeDistribuicaoDFe) returns before the recipient manifests
 * ({@code resNFe}, layout resNFe_v1.01).
 *
 * @param chave {@code /resNFe/chNFe}
 * @param versao {@code /resNFe/@versao}
 * @param cnpj {@code /resNFe/CNPJ}
 * @param cpf {@code /resNFe/CPF}
 * @param xNome {@code /resNFe/xNome}
 * @param ie {@code /resNFe/IE}
 * @param dhEmi {@code /resNFe/dhEmi}
 * @param tpNF {@code /resNFe/tpNF}
 * @param vNF {@code /resNFe/vNF}
 * @param digVal {@code /resNFe/digVal}
 * @param dhRecbto {@code /resNFe/dhRecbto}
 * @param nProt {@code /resNFe/nProt}
 * @param cSitNFe {@code /resNFe/cSitNFe}
 * @param unmapped the elements of the document no typed field holds (see {@link UnmappedElement})
 */
public record NfeSummary(
        AccessKey chave,
        String versao,
        Optional<String> cnpj,
        Optional<String> cpf,
        String xNome,
        Optional<String> ie,
        OffsetDateTime dhEmi,
        String tpNF,
        BigDecimal vNF,
        Optional<String> digVal,
        OffsetDateTime dhRecbto,
        String nProt,
        String cSitNFe,
        List<UnmappedElement> unmapped) implements FiscalDocument {
    public NfeSummary {
        Objects.requireNonNull(chave, "chave");
        Objects.requireNonNull(versao, "versao");
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(cpf, "cpf");
        Objects.requireNonNull(xNome, "xNome");
        Objects.requireNonNull(ie, "ie");
        Objects.requireNonNull(dhEmi, "dhEmi");
        Objects.requireNonNull(tpNF, "tpNF");
        Objects.requireNonNull(vNF, "vNF");
        Objects.requireNonNull(digVal, "digVal");
        Objects.requireNonNull(dhRecbto, "dhRecbto");
        Objects.requireNonNull(nProt, "nProt");
        Objects.requireNonNull(cSitNFe, "cSitNFe");
        unmapped = List.copyOf(unmapped);
    }

    @Override
    public NfeSummary withUnmapped(List<UnmappedElement> unmapped) {
        return new NfeSummary(chave, versao, cnpj, cpf, xNome, ie, dhEmi, tpNF, vNF, digVal, dhRecbto, nProt, cSitNFe,
                unmapped);
    }

    /** Whether the summarised NF-e is authorised (cSitNFe 1). */
    public boolean isAuthorized() {
        return "1".equals(cSitNFe);
    }

    /** Whether the summarised NF-e was denied (cSitNFe 2, uso denegado). */
    public boolean isDenied() {
        return "2".equals(cSitNFe);
    }

    /** Whether the summarised NF-e was cancelled (cSitNFe 3). */
    public boolean isCancelled() {
        return "3".equals(cSitNFe);
    }
}
