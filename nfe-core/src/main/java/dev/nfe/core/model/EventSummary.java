package dev.nfe.core.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A summary of an event that SEFAZ distribution returns ({@code resEvento}).
 *
 * @param chave {@code /resEvento/chNFe}
 * @param versao {@code /resEvento/@versao}
 * @param cOrgao {@code /resEvento/cOrgao}
 * @param cnpj {@code /resEvento/CNPJ}
 * @param cpf {@code /resEvento/CPF}
 * @param dhEvento {@code /resEvento/dhEvento}
 * @param tpEvento {@code /resEvento/tpEvento}
 * @param nSeqEvento {@code /resEvento/nSeqEvento}
 * @param xEvento {@code /resEvento/xEvento}
 * @param dhRecbto {@code /resEvento/dhRecbto}
 * @param nProt {@code /resEvento/nProt}
 * @param unmapped the elements of the document no typed field holds (see {@link UnmappedElement})
 */
public record EventSummary(
        AccessKey chave,
        String versao,
        String cOrgao,
        Optional<String> cnpj,
        Optional<String> cpf,
        OffsetDateTime dhEvento,
        String tpEvento,
        int nSeqEvento,
        String xEvento,
        OffsetDateTime dhRecbto,
        String nProt,
        List<UnmappedElement> unmapped) implements FiscalDocument {
    public EventSummary {
        Objects.requireNonNull(chave, "chave");
        Objects.requireNonNull(versao, "versao");
        Objects.requireNonNull(cOrgao, "cOrgao");
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(cpf, "cpf");
        Objects.requireNonNull(dhEvento, "dhEvento");
        Objects.requireNonNull(tpEvento, "tpEvento");
        Objects.requireNonNull(xEvento, "xEvento");
        Objects.requireNonNull(dhRecbto, "dhRecbto");
        Objects.requireNonNull(nProt, "nProt");
        unmapped = List.copyOf(unmapped);
    }

    @Override
    public EventSummary withUnmapped(List<UnmappedElement> unmapped) {
        return new EventSummary(chave, versao, cOrgao, cnpj, cpf, dhEvento, tpEvento, nSeqEvento, xEvento, dhRecbto,
                nProt, unmapped);
    }
}
