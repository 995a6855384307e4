package dev.nfe.core.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads committed silver batches into a warehouse with business rules and publishes the result to gold (plugin type
 * {@code jdbc}).
 *
 * <p>Exactly once: each batch is loaded in one transaction together with its load-log row; loading a batch that the
 * log shows as loaded is a no-op, a failed load rolls back fully and may be retried, and concurrent loaders of one
 * batch load it once. Transient warehouse failures surface as {@link TransientException}; an error in a rule's SQL
 * is any other {@link NfeException} and is never retried.
 */
public interface Loader {

    /**
     * Loads {@code batches} (committed silver batches, in order) and returns one result per batch, reading their
     * rows with the loader's own reader of silver: the {@code parquet} format on the loader's storage.
     */
    List<LoadResult> load(List<Batch> batches);

    /**
     * Loads {@code batches} like {@link #load(List)}, reading their rows through {@code silver}, the reader of the
     * format the pipeline's transform writes (so an {@code iceberg} silver is loaded from its tables). The default,
     * for a loader that reads silver by other means, ignores {@code silver} and calls {@link #load(List)}.
     */
    default List<LoadResult> load(List<Batch> batches, LayerReader silver) {
        return load(batches);
    }

    /**
     * The outcome of loading one silver batch.
     *
     * @param batchId the silver batch
     * @param status whether it was loaded now or had been loaded before
     * @param rowsByTable rows written per target table (empty when skipped)
     */
    record LoadResult(String batchId, Status status, Map<String, Long> rowsByTable) {
        public LoadResult {
            Objects.requireNonNull(batchId, "batchId");
            Objects.requireNonNull(status, "status");
            rowsByTable = Map.copyOf(rowsByTable);
        }

        /** Whether a batch was loaded by this call. */
        public enum Status { LOADED, ALREADY_LOADED }
    }
}
