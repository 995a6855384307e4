package dev.nfe.core.spi;

/**
 * Writes batches of table rows to a layer in one table format (plugin types {@code parquet}, {@code iceberg}).
 *
 * <p>A batch is committed atomically: its data files are written first, under deterministic names, and the commit
 * that names them is made last (a manifest with row counts and checksums for {@code parquet}, table snapshots for
 * {@code iceberg}). Readers ignore a batch whose commit is not complete and any file no commit names, so a crash at
 * any point leaves either the whole batch or nothing visible, and rewriting the same batch from the same rows gives
 * the same files. Immutable and thread-safe; each
 * {@link BatchWriter} is used by one thread.
 */
public interface LayerWriter {

    /** Opens a writer for one batch on {@code storage}. The caller closes it. */
    BatchWriter open(Storage storage, BatchTarget target);

    /**
     * Whether this format keeps tables with a current state and its history, so that {@link #openReplacing} can make
     * each table mirror a source (a warehouse table) load after load. {@code false} by default.
     */
    default boolean keepsTableState() {
        return false;
    }

    /**
     * Opens a writer whose commit makes the rows written the whole current content of each table of {@code target},
     * the earlier content staying in the table's history; committing it twice for one batch id adds nothing, like
     * {@link #open}. Only for formats that {@linkplain #keepsTableState keep table state}.
     *
     * @throws UnsupportedOperationException if this format does not keep table state (the default)
     * @throws CommitConflictException if every table already holds the batch
     */
    default BatchWriter openReplacing(Storage storage, BatchTarget target) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no table state to replace");
    }

    /** The reader of what this writer commits to {@code layer} on {@code storage}. */
    LayerReader reader(Storage storage, String layer);
}
