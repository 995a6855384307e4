package dev.nfe.core.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event about an NF-e (evento): cancellation, carta de correção, manifestação do destinatário and others, read from
 * a {@code procEventoNFe}, a bare {@code evento}, an {@code envEvento} or a {@code retEvento} alone (then only the
 * result is known).
 *
 * @param chave {@code /procEventoNFe/evento/infEvento/chNFe}
 * @param id {@code /procEventoNFe/evento/infEvento/@Id} ({@code ID<tpEvento><chave><nSeqEvento>}); for a retEvento
 *     alone, built from its parts by {@link #idOf}
 * @param versao {@code /procEventoNFe/evento/@versao}
 * @param cOrgao {@code /procEventoNFe/evento/infEvento/cOrgao}
 * @param tpAmb {@code /procEventoNFe/evento/infEvento/tpAmb}
 * @param cnpj {@code /procEventoNFe/evento/infEvento/CNPJ}
 * @param cpf {@code /procEventoNFe/evento/infEvento/CPF}
 * @param dhEvento {@code /procEventoNFe/evento/infEvento/dhEvento}; empty for a retEvento alone
 * @param tpEvento {@code /procEventoNFe/evento/infEvento/tpEvento}
 * @param nSeqEvento {@code /procEventoNFe/evento/infEvento/nSeqEvento}
 * @param verEvento {@code /procEventoNFe/evento/infEvento/verEvento}
 * @param descEvento {@code /procEventoNFe/evento/infEvento/detEvento/descEvento}
 * @param detail {@code /procEventoNFe/evento/infEvento/detEvento}, typed for the event types we know
 * @param detEventoXml {@code /procEventoNFe/evento/infEvento/detEvento}: the element itself as canonical XML
 *     (whitespace-only text between elements removed, then Exclusive C14N, the NF-e namespace declared on it as the
 *     default namespace), so the same content gives the same text and it parses on its own; empty for a retEvento
 *     alone
 * @param retEvento {@code /procEventoNFe/retEvento}, when the event came with its result
 * @param unmapped the elements of the document no typed field holds (see {@link UnmappedElement})
 */
public record Event(
        AccessKey chave,
        String id,
        String versao,
        String cOrgao,
        String tpAmb,
        Optional<String> cnpj,
        Optional<String> cpf,
        Optional<OffsetDateTime> dhEvento,
        String tpEvento,
        int nSeqEvento,
        Optional<String> verEvento,
        Optional<String> descEvento,
        EventDetail detail,
        Optional<String> detEventoXml,
        Optional<RetEvento> retEvento,
        List<UnmappedElement> unmapped) implements FiscalDocument {

    /** The event type code of a cancellation (cancelamento). */
    public static final String TP_CANCELAMENTO = "110111";

    /** The event type code of a carta de correção (CC-e). */
    public static final String TP_CARTA_CORRECAO = "110110";

    public Event {
        Objects.requireNonNull(chave, "chave");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(versao, "versao");
        Objects.requireNonNull(cOrgao, "cOrgao");
        Objects.requireNonNull(tpAmb, "tpAmb");
        Objects.requireNonNull(cnpj, "cnpj");
        Objects.requireNonNull(cpf, "cpf");
        Objects.requireNonNull(dhEvento, "dhEvento");
        Objects.requireNonNull(tpEvento, "tpEvento");
        Objects.requireNonNull(verEvento, "verEvento");
        Objects.requireNonNull(descEvento, "descEvento");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(detEventoXml, "detEventoXml");
        Objects.requireNonNull(retEvento, "retEvento");
        unmapped = List.copyOf(unmapped);
    }

    @Override
    public Event withUnmapped(List<UnmappedElement> unmapped) {
        return new Event(chave, id, versao, cOrgao, tpAmb, cnpj, cpf, dhEvento, tpEvento, nSeqEvento, verEvento,
                descEvento, detail, detEventoXml, retEvento, unmapped);
    }

    /**
     * The event id the layout defines: {@code ID}, the 6-digit event type, the chave and the sequence number on 2
     * digits ({@code ID1101113523…4756 01}, without the space).
     */
    public static String idOf(String tpEvento, AccessKey chave, int nSeqEvento) {
        String seq = Integer.toString(nSeqEvento);
        return "ID" + tpEvento + chave.value() + (seq.length() < 2 ? "0" + seq : seq);
    }

    /** Whether this event cancels the note (110111 cancelamento, 110112 cancelamento por substituição). */
    public boolean isCancellation() {
        return TP_CANCELAMENTO.equals(tpEvento) || "110112".equals(tpEvento);
    }

    /** Whether SEFAZ registered the event (retEvento cStat 135, 136 or 155). */
    public boolean isRegistered() {
        return retEvento.map(RetEvento::isRegistered).orElse(false);
    }
}
