package dev.nfe.core.spi;

import java.util.Map;
import java.util.Optional;

/**
 * What an {@link Extractor} already took from each of its sources, and what it rejected, by source key (a file path): a short fingerprint
 * the extractor chooses (size and modification time, and for a rejected file the limits it broke). Lets an extractor
 * find every source not yet extracted, whatever its name, at a cost of one lookup per listed source.
 *
 * <p>Entries are recorded after the documents of their source are committed, so a crash in between only makes the
 * next run extract the source again, which bronze de-duplicates. Supplied by the runtime through
 * {@link ExtractSink#ledger()}; not thread-safe.
 */
public interface SourceLedger {

    /** The fingerprint last recorded for {@code source}, if any. */
    Optional<String> fingerprint(String source);

    /**
     * Records {@code fingerprints} (source key to fingerprint), replacing earlier entries of the same sources.
     * Durable when it returns.
     *
     * @throws TransientException if the ledger could not be written; nothing recorded is lost
     */
    void record(Map<String, String> fingerprints);

    /**
     * Records that {@code source} (a file, or {@code archive!/entry}) was passed over without a document, and why.
     * The runtime counts it as quarantined in the run summary and keeps the reason under the lake's state; calling it
     * again for the same source replaces the record (idempotent). Written at once, before any page commit.
     *
     * @param reason the rule broken and its figures, without content ({@code TOO_LARGE: 300 bytes, limit 200})
     */
    void reject(String source, String reason);
}
