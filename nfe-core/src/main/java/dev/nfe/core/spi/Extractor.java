package dev.nfe.core.spi;

import java.util.Objects;

/**
 * Pulls raw documents from a source (plugin types {@code folder}, {@code http}, {@code sefaz-dfe}), resumable from a
 * {@link Checkpoint}.
 *
 * <p>The extractor hands every page to {@link ExtractSink#commit} together with the checkpoint that resumes after
 * it; the runtime makes the page durable before the checkpoint, so a crash never skips a page and a restart never
 * requests a committed one. Transient source failures are retried inside the extractor; when retries are exhausted
 * it throws {@link TransientException}. Immutable; one extraction at a time per instance.
 */
public interface Extractor {

    /**
     * Extracts from {@code from} until the source is exhausted or the sink's deadline is near.
     *
     * @return the checkpoint after the last committed page, and whether the source is exhausted
     */
    ExtractResult extract(Checkpoint from, ExtractSink sink);

    /**
     * The end state of one extraction.
     *
     * @param checkpoint where the next extraction resumes
     * @param exhausted {@code true} when the source had nothing more, {@code false} when the deadline stopped it
     */
    record ExtractResult(Checkpoint checkpoint, boolean exhausted) {
        public ExtractResult {
            Objects.requireNonNull(checkpoint, "checkpoint");
        }
    }
}
