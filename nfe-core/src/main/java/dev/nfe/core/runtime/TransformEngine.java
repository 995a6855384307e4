package dev.nfe.core.runtime;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.ParseOutcome;
import java.util.Optional;

/**
 * Where the transform stage computes its silver batches: this JVM's threads by default ({@link #local(int)}), or a
 * cluster (the Spark job of {@code nfe-spark}). The stage keeps everything that makes a batch exactly once (its lease,
 * the choice of bronze batches per silver batch, the ledger, quarantine writes, catalog registration); an engine only
 * maps the documents of one silver batch with a {@link SilverDocumentMapper} and commits the batch through the
 * pipeline's layer writer or with its own writer into the same layout, so engines can share one lake.
 *
 * <p>Implementations are thread-safe; the stage calls them one batch at a time.
 */
public interface TransformEngine {

    /**
     * Maps every document of {@code work} and commits its silver batch. Every document's outcomes reach
     * {@code outcomes} before the commit, in the batch's document order.
     *
     * @return the committed batch, or empty when {@link SilverBatchWork#stopRequested()} said to stop first
     *     (nothing committed, nothing of the batch visible)
     * @throws CommitConflictException if the batch is already committed
     */
    Optional<Batch> transform(SilverBatchWork work, DocumentOutcomes outcomes);

    /**
     * Maps the documents of {@code work}, an already committed batch, again only to hand its quarantined documents
     * (and every document's counts) to {@code outcomes}, in document order; commits nothing.
     *
     * @return {@code false} when {@link SilverBatchWork#stopRequested()} said to stop first
     */
    boolean requarantine(SilverBatchWork work, DocumentOutcomes outcomes);

    /** The engine that prepares documents on {@code threads} threads of this JVM and writes with the layer writer. */
    static TransformEngine local(int threads) {
        return new LocalTransformEngine(threads);
    }

    /** What happened to the documents of a batch, told to the stage in document order. */
    interface DocumentOutcomes {

        /** A bronze document of {@code bytes} bytes was read (before its outcomes). */
        void read(long bytes);

        /** A fiscal document went to silver, with {@code warnings} findings that did not stop it. */
        void mapped(int warnings);

        /** A fiscal document goes to quarantine with its reasons. */
        void quarantined(ParseOutcome.Quarantined quarantined);
    }
}
