package dev.nfe.core.spi;

/**
 * Writes the rows of one batch; obtained from {@link LayerWriter#open}. Not thread-safe.
 *
 * <p>Rows are streamed to files as they come, rolling to a new file at the writer's size limit, so memory stays
 * bounded. Nothing is visible until {@link #commit()}; {@link #close()} without a commit discards the batch.
 */
public interface BatchWriter extends AutoCloseable {

    /** Appends {@code row} to {@code table}, which must be one of the target's tables. */
    void write(Table table, Row row);

    /**
     * Finishes the data files and writes the manifest last, making the batch visible.
     *
     * @return the committed batch
     * @throws CommitConflictException if a manifest for this batch already exists (another writer won)
     * @throws CommitStateUnknownException if it cannot be told whether the manifest was written
     */
    Batch commit();

    /** Releases resources; discards the batch's files if it was not committed. */
    @Override
    void close();
}
