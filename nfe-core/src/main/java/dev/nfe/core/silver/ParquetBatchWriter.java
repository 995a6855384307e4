package dev.nfe.core.silver;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.CommitStateUnknownException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one batch: rows stream into one open Parquet file per table, rolling to {@code part-00001…} at the row or
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

    /** The files of one table: the finished ones, and the one being written. */
    private static final class TableFiles {
        private final Table table;
        private final TableFileFormat format;
        private final List<BatchFile> finished = new ArrayList<>();
        private PartFileWriter current;
        private int nextPart;

        TableFiles(Table table) {
            this.table = table;
            this.format = TableFileFormat.of(table);
        }
    }

    private final Storage storage;
    private final BatchTarget target;
    private final ParquetWriterOptions options;
    private final Map<String, TableFiles> tables = new LinkedHashMap<>();
    private State state = State.OPEN;
    private long peakBufferedBytes;

    ParquetBatchWriter(Storage storage, BatchTarget target, ParquetWriterOptions options) {
        this.storage = storage;
        this.target = target;
        this.options = options;
        for (Table table : target.tables()) {
            if (tables.putIfAbsent(table.name(), new TableFiles(table)) != null) {
                throw new IllegalArgumentException("Cannot write batch " + target.batchId() + ": table " + table.name()
                        + " is listed twice");
            }
        }
    }

    @Override
    public void write(Table table, Row row) {
        requireOpen("write to");
        TableFiles files = tables.get(table.name());
        if (files == null || !files.table.equals(table)) {
            throw new IllegalArgumentException("Cannot write to table " + table.name() + ": not a table of batch "
                    + target.batchId() + " (or defined differently)");
        }
        if (files.current == null) {
            String path = LayerPaths.dataFile(target, table.name(), files.nextPart++);
            files.current = PartFileWriter.open(storage, path, table.name(), files.format, options);
        }
        PartFileWriter part = files.current;
        part.write(row);
        peakBufferedBytes = Math.max(peakBufferedBytes, part.bufferedBytes());
        if (part.rows() >= options.maxRowsPerFile() || part.dataSize() >= options.maxBytesPerFile()) {
            finish(files);
        }
    }

    @Override
    public Batch commit() {
        requireOpen("commit");
        tables.values().forEach(ParquetBatchWriter::finish);
        List<BatchFile> files = tables.values().stream().flatMap(t -> t.finished.stream()).toList();
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
                files.size(), files.stream().mapToLong(BatchFile::rows).sum(), peakBufferedBytes);
        return batch;
    }

    @Override
    public void close() {
        if (state == State.OPEN) {
            for (TableFiles files : tables.values()) {
                if (files.current != null) {
                    files.current.abort();
                    files.current = null;
                }
                for (BatchFile file : files.finished) {
                    deleteQuietly(file.path());
                }
            }
        }
        state = State.CLOSED;
    }

    /** The most bytes any open file held in memory so far. */
    long peakBufferedBytes() {
        return peakBufferedBytes;
    }

    private static void finish(TableFiles files) {
        PartFileWriter part = files.current;
        if (part != null) {
            files.current = null;
            files.finished.add(part.finish());
        }
    }

    private void deleteQuietly(String path) {
        try {
            storage.delete(path);
        } catch (NfeException e) {
            log.error("Cannot delete {} of uncommitted batch {}; it stays invisible without a manifest", path,
                    target.batchId(), e);
        }
    }

    private void requireOpen(String action) {
        if (state != State.OPEN) {
            throw new IllegalStateException("Cannot " + action + " batch " + target.batchId() + ": the writer is "
                    + state.name().toLowerCase(Locale.ROOT));
        }
    }
}
