package dev.nfe.core.spi;

/**
 * Writes batches of table rows to a layer in one file format (plugin type {@code parquet}).
 *
 * <p>A batch is committed atomically: its data files are written first, under deterministic names, and a manifest
 * naming them (with row counts and checksums) is written last. Readers ignore a batch without a manifest and any
 * file its manifest does not name, so a crash at any point leaves either the whole batch or nothing visible, and
 * rewriting the same batch from the same rows gives the same files. Immutable and thread-safe; each
 * {@link BatchWriter} is used by one thread.
 */
public interface LayerWriter {

    /** Opens a writer for one batch on {@code storage}. The caller closes it. */
    BatchWriter open(Storage storage, BatchTarget target);
}
