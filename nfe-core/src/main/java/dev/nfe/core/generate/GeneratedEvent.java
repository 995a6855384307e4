package dev.nfe.core.generate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * A generated procEventoNFe and the values a test expects to read back from it.
 *
 * @param chave the target document's chave ({@code infEvento/chNFe})
 * @param type the event type ({@code tpEvento})
 * @param nSeqEvento the sequence number (1 for the first event of its type on a document)
 * @param authorTaxId the author's CNPJ or CPF ({@code infEvento/CNPJ} or {@code CPF})
 * @param cOrgao the receiving body: the emitter's cUF, or 91 (Ambiente Nacional) for manifestação
 * @param dhEvento {@code infEvento/dhEvento} as written
 * @param dhRegEvento {@code retEvento/infEvento/dhRegEvento} as written
 * @param nProt the event's registration protocol ({@code retEvento/infEvento/nProt})
 * @param xml the UTF-8 bytes; copied on the way in and out
 */
public record GeneratedEvent(String chave, EventType type, int nSeqEvento, String authorTaxId, String cOrgao,
                             String dhEvento, String dhRegEvento, String nProt, byte[] xml) {
    public GeneratedEvent {
        Objects.requireNonNull(chave, "chave");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(authorTaxId, "authorTaxId");
        Objects.requireNonNull(cOrgao, "cOrgao");
        Objects.requireNonNull(dhEvento, "dhEvento");
        Objects.requireNonNull(dhRegEvento, "dhRegEvento");
        Objects.requireNonNull(nProt, "nProt");
        xml = Objects.requireNonNull(xml, "xml").clone();
    }

    /** A copy of the XML bytes. Prefer {@link #openStream()}, which does not copy. */
    @Override
    public byte[] xml() {
        return xml.clone();
    }

    /** A fresh stream over the XML, without copying it. */
    public InputStream openStream() {
        return new ByteArrayInputStream(xml);
    }

    /** {@code infEvento/@Id}: "ID", tpEvento, chave and the two-digit sequence. */
    public String id() {
        return "ID" + type.code() + chave + String.format("%02d", nSeqEvento);
    }

    /** A file name unique per event: {@code <chave>-<tpEvento>-<seq>-procEventoNFe.xml}. */
    public String fileName() {
        return chave + "-" + type.code() + "-" + String.format("%02d", nSeqEvento) + "-procEventoNFe.xml";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedEvent that
                && chave.equals(that.chave)
                && type == that.type
                && nSeqEvento == that.nSeqEvento
                && authorTaxId.equals(that.authorTaxId)
                && cOrgao.equals(that.cOrgao)
                && dhEvento.equals(that.dhEvento)
                && dhRegEvento.equals(that.dhRegEvento)
                && nProt.equals(that.nProt)
                && Arrays.equals(xml, that.xml);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chave, type, nSeqEvento, Arrays.hashCode(xml));
    }

    @Override
    public String toString() {
        return "GeneratedEvent[chave=" + chave + ", type=" + type + ", nSeqEvento=" + nSeqEvento + ", bytes="
                + xml.length + "]";
    }
}
