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

    /** The ledger of sources already extracted, for extractors that list their sources. */
    SourceLedger ledger();
}
