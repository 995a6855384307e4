package dev.nfe.core.spi;

import java.util.function.Consumer;

/**
 * Turns raw bytes into typed NF-e documents and their validation findings (plugin types {@code nfe-xml},
 * {@code nfe-json}).
 *
 * <p>One raw document may hold several fiscal documents (a JSON page, an {@code enviNFe} lot, an {@code nfeProc}
 * carrying a cancellation {@code retEvento}); each becomes one {@link ParseOutcome}, handed to {@code outcomes} in
 * document order, one at a time, so memory stays bounded.
 *
 * <p>A bad document is never an exception: malformed XML, a forbidden DTD, a size or decompression limit, a wrong
 * check digit all become a {@link ParseOutcome.Quarantined} with a specific finding code. Exceptions mean the
 * deserializer itself failed. Implementations are immutable and thread-safe.
 */
public interface Deserializer {

    /**
     * Parses and validates {@code document}, handing every outcome to {@code outcomes} before returning.
     * Deterministic: the same bytes give the same outcomes in the same order.
     */
    void deserialize(RawDocument document, Consumer<ParseOutcome> outcomes);
}
