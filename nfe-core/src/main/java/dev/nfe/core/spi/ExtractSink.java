package dev.nfe.core.spi;

import java.time.Instant;
import java.util.List;

/**
 * Receives what an {@link Extractor} pulls, one page at a time, and commits it. Supplied by the runtime.
 */
public interface ExtractSink {

    /**
     * Writes {@code page} to bronze and then persists {@code next}, the checkpoint that resumes after this page.
     * When it returns, the page is durable and a restart will not request it again.
     */
    void commit(List<RawDocument> page, Checkpoint next);

    /** The instant by which the extractor should have returned; it stops starting new pages close to it. */
    Instant deadline();

    /**
     * Records that {@code source} (a file, or {@code archive!/entry}) was passed over without a document, and why.
     * The runtime counts it as quarantined in the run summary and keeps the reason under the lake's state; calling it
     * again for the same source replaces the record (idempotent).
     *
     * @param reason the rule broken and its figures, without content ({@code TOO_LARGE: 300 bytes, limit 200})
     */
    void reject(String source, String reason);

    /** The ledger of sources already extracted, for extractors that list their sources. */
    SourceLedger ledger();
}
