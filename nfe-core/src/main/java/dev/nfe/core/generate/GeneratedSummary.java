package dev.nfe.core.generate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * A generated SEFAZ distribution summary (resNFe or resEvento), as the distribution service hands it out once
 * unzipped.
 *
 * @param kind resNFe or resEvento
 * @param chave the chave it summarises ({@code chNFe})
 * @param xml the UTF-8 bytes; copied on the way in and out
 */
public record GeneratedSummary(SummaryKind kind, String chave, byte[] xml) {
    public GeneratedSummary {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(chave, "chave");
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

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedSummary that
                && kind == that.kind
                && chave.equals(that.chave)
                && Arrays.equals(xml, that.xml);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, chave, Arrays.hashCode(xml));
    }

    @Override
    public String toString() {
        return "GeneratedSummary[kind=" + kind + ", chave=" + chave + ", bytes=" + xml.length + "]";
    }
}
