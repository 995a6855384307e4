package dev.nfe.core.silver;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.CommitStateUnknownException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one batch: rows stream into one open Parquet file per table ({@link TableFileWriter}, the tables encoded at
 * once on the options' threads), rolling to {@code part-00001…} at the row or
 * byte limit, and {@link #commit()} finishes the files and then writes the manifest with {@code create()}.
 *
 * <p>Commit protocol: every data file is published (overwriting any left by an earlier attempt that died before its
 * manifest) before the manifest is written; the manifest's atomic creation is the commit. If creating it conflicts,
 * another writer committed this batch first ({@link CommitConflictException}); if it fails in a way that may have
 * landed, the outcome is unknown ({@link CommitStateUnknownException}). In both cases {@link #close()} leaves every
 * file in place, because the files may be the committed batch's. Otherwise {@link #close()} without a commit aborts
 * open files and deletes the finished ones (best effort: leftovers are invisible without a manifest and replaced by
 * the rerun). Two writers of one batch id at once are not supported: they would overwrite each other's files, which
 * is harmless only because a batch's rows, and so its files, are deterministic.
 */
final class ParquetBatchWriter implements BatchWriter {
    private static final Logger log = LoggerFactory.getLogger(ParquetBatchWriter.class);

    private enum State { OPEN, COMMITTED, CONFLICTED, UNKNOWN, CLOSED }

    private final Storage storage;
    private final BatchTarget target;
    private final ParquetWriterOptions options;
    private final EncodingPool pool;
    private final Map<String, TableFileWriter> tables = new LinkedHashMap<>();
    private State state = State.OPEN;

    ParquetBatchWriter(Storage storage, BatchTarget target, ParquetWriterOptions options) {
        this.storage = storage;
        this.target = target;
        this.options = options;
        Set<String> names = new HashSet<>();
        for (Table table : target.tables()) {
            if (!names.add(table.name())) {
                throw new IllegalArgumentException("Cannot write batch " + target.batchId() + ": table " + table.name()
                        + " is listed twice");
            }
        }
        this.pool = EncodingPool.of(options.threads(), target.batchId());
        for (Table table : target.tables()) {
            tables.put(table.name(), new TableFileWriter(storage, table, Map.of(), options,
                    part -> LayerPaths.dataFile(target, table.name(), part), pool));
        }
    }

    @Override
    public void write(Table table, Row row) {
        requireOpen("write to");
        TableFileWriter files = tables.get(table.name());
        if (files == null || !files.table().equals(table)) {
            throw new IllegalArgumentException("Cannot write to table " + table.name() + ": not a table of batch "
                    + target.batchId() + " (or defined differently)");
        }
        files.write(row);
    }

    @Override
    public Batch commit() {
        requireOpen("commit");
        // every table finishes its last file at once, on the pool; the manifest lists them in table order
        List<CompletableFuture<List<TableFileWriter.WrittenFile>>> finishing =
                tables.values().stream().map(TableFileWriter::finishing).toList();
        List<BatchFile> files = new ArrayList<>();
        for (CompletableFuture<List<TableFileWriter.WrittenFile>> table : finishing) {
            TableFileWriter.await(table).forEach(written -> files.add(written.file()));
        }
        Batch batch;
        try {
            batch = new Manifest(target, files).commit(storage);
        } catch (CommitConflictException e) {
            state = State.CONFLICTED;
            throw e;
        } catch (CommitStateUnknownException e) {
            state = State.UNKNOWN;
            throw e;
        }
        state = State.COMMITTED;
        log.info("Committed batch {} to {}: files={} rows={} peakBufferedBytes={}", target.batchId(), target.layer(),
                files.size(), files.stream().mapToLong(BatchFile::rows).sum(), peakBufferedBytes());
        return batch;
    }

    @Override
    public void close() {
        try {
            if (state == State.OPEN) {
                tables.values().forEach(TableFileWriter::abort);
            }
        } finally {
            pool.close();
            state = State.CLOSED;
        }
    }

    /** The most bytes any open file held in memory so far; once committed. */
    long peakBufferedBytes() {
        return tables.values().stream().mapToLong(TableFileWriter::peakBufferedBytes).max().orElse(0);
    }

    private void requireOpen(String action) {
        if (state != State.OPEN) {
            throw new IllegalStateException("Cannot " + action + " batch " + target.batchId() + ": the writer is "
                    + state.name().toLowerCase(Locale.ROOT));
        }
    }
}
