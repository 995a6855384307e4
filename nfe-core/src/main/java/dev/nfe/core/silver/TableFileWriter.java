package dev.nfe.core.silver;

import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the rows of one table into Parquet part files, rolling to the next part at the options' row and byte
 * limits; the {@code parquet} writer's files, and the files of table formats that commit them by other means
 * (Iceberg), whose columns carry the Parquet field ids the table format gave them. Nothing is committed here:
 * {@link #finish()} publishes the files and describes them, {@link #abort()} discards them.
 *
 * <p>On an {@link EncodingPool} of several threads, rows are handed over in chunks and encoded on the pool, in the
 * order they were written, so the files are byte for byte those of one thread. A row that does not fit its column
 * then fails a later {@link #write} or {@link #finish()} (with one thread, the {@link #write} it was given to), with
 * the same message; either way the batch cannot be committed. Used by one thread at a time.
 */
public final class TableFileWriter {
    private static final Logger log = LoggerFactory.getLogger(TableFileWriter.class);
    /** Rows per chunk handed to the pool. */
    private static final int CHUNK_ROWS = 256;

    private final Storage storage;
    private final Table table;
    private final TableFileFormat format;
    private final ParquetWriterOptions options;
    private final IntFunction<String> partPath;
    private final EncodingPool pool;
    private final List<WrittenFile> finished = new ArrayList<>();
    private PartFileWriter current;
    private int nextPart;
    private long peakBufferedBytes;
    /** Rows written and not yet handed to the pool. */
    private List<Row> chunk = new ArrayList<>(CHUNK_ROWS);
    /** The last chunk handed to the pool; each chunk is encoded after the one before. */
    private CompletableFuture<Void> encoded = CompletableFuture.completedFuture(null);
    /** The first failure encoding a chunk; later chunks are skipped. */
    private volatile RuntimeException failure;

    /**
     * A writer of {@code table}'s rows into the files {@code partPath} names by part number (0, 1, …), encoding
     * them on the writing thread.
     *
     * @param fieldIds the Parquet field id of each column, by name; a column without one is written without
     */
    public TableFileWriter(Storage storage, Table table, Map<String, Integer> fieldIds, ParquetWriterOptions options,
            IntFunction<String> partPath) {
        this(storage, table, fieldIds, options, partPath, EncodingPool.INLINE);
    }

    /**
     * A writer of {@code table}'s rows into the files {@code partPath} names by part number (0, 1, …), encoding
     * them on {@code pool}.
     *
     * @param fieldIds the Parquet field id of each column, by name; a column without one is written without
     */
    public TableFileWriter(Storage storage, Table table, Map<String, Integer> fieldIds, ParquetWriterOptions options,
            IntFunction<String> partPath, EncodingPool pool) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.table = Objects.requireNonNull(table, "table");
        Map<String, Integer> ids = Map.copyOf(fieldIds);
        this.format = TableFileFormat.of(table, (Column column) -> ids.containsKey(column.name())
                ? OptionalInt.of(ids.get(column.name())) : OptionalInt.empty());
        this.options = Objects.requireNonNull(options, "options");
        this.partPath = Objects.requireNonNull(partPath, "partPath");
        this.pool = Objects.requireNonNull(pool, "pool");
    }

    /** Appends {@code row}, a row of the table's columns. */
    public void write(Row row) {
        if (pool.inline()) {
            encode(row);
            return;
        }
        throwIfFailed();
        chunk.add(row);
        if (chunk.size() == CHUNK_ROWS) {
            handOver();
        }
    }

    /** Publishes the open file, if any, and returns every file written, in part order. */
    public List<WrittenFile> finish() {
        return await(finishing());
    }

    /** Waits for {@code finishing} (from {@link #finishing()}) and gives its files, or throws the writer's failure. */
    public static List<WrittenFile> await(CompletableFuture<List<WrittenFile>> finishing) {
        try {
            return finishing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /**
     * Starts publishing the open file on the pool, after the rows written so far; the future gives every file
     * written, in part order, or fails with the writer's failure. Nothing may be written after.
     */
    public CompletableFuture<List<WrittenFile>> finishing() {
        if (pool.inline()) {
            finishCurrent();
            return CompletableFuture.completedFuture(List.copyOf(finished));
        }
        handOver();
        CompletableFuture<List<WrittenFile>> files = encoded.thenApplyAsync(done -> {
            throwIfFailed();
            finishCurrent();
            return List.copyOf(finished);
        }, pool.executor());
        // an abort waits for the last file to be finished (or to fail) before it discards the files
        encoded = files.handle((written, e) -> null);
        return files;
    }

    /** Discards the open file and deletes the finished ones (best effort: they are not committed anywhere). */
    public void abort() {
        awaitEncoded();
        if (current != null) {
            current.abort();
            current = null;
        }
        for (WrittenFile file : finished) {
            try {
                storage.delete(file.file().path());
            } catch (NfeException e) {
                log.error("Cannot delete uncommitted data file {}; nothing names it", file.file().path(), e);
            }
        }
        finished.clear();
    }

    /** The table whose rows this writes. */
    Table table() {
        return table;
    }

    /** The most bytes an open file held in memory so far; once the writer is finished. */
    long peakBufferedBytes() {
        return peakBufferedBytes;
    }

    private void handOver() {
        if (chunk.isEmpty()) {
            return;
        }
        List<Row> rows = chunk;
        chunk = new ArrayList<>(CHUNK_ROWS);
        pool.acquire();
        encoded = encoded.thenRunAsync(() -> {
            try {
                if (failure == null) {
                    rows.forEach(this::encode);
                }
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                pool.release();
            }
        }, pool.executor());
    }

    private void encode(Row row) {
        if (current == null) {
            current = PartFileWriter.open(storage, partPath.apply(nextPart++), table.name(), format, options);
        }
        current.write(row);
        peakBufferedBytes = Math.max(peakBufferedBytes, current.bufferedBytes());
        if (current.rows() >= options.maxRowsPerFile() || current.dataSize() >= options.maxBytesPerFile()) {
            finishCurrent();
        }
    }

    private void finishCurrent() {
        if (current != null) {
            PartFileWriter part = current;
            current = null;
            BatchFile file = part.finish();
            finished.add(new WrittenFile(file, part.footer()));
        }
    }

    private void throwIfFailed() {
        RuntimeException first = failure;
        if (first != null) {
            throw first;
        }
    }

    /** Waits for the chunks handed over to be encoded or skipped, whatever their outcome. */
    private void awaitEncoded() {
        chunk.clear();
        try {
            encoded.join();
        } catch (RuntimeException e) {
            // a rejected task (the pool closed) leaves nothing to wait for
            log.debug("Encoding of table {} ended abnormally", table.name(), e);
        }
    }

    /**
     * A published data file.
     *
     * @param file its path, table, rows, size and SHA-256
     * @param footer its Parquet footer, for the column metrics a table format records
     */
    public record WrittenFile(BatchFile file, ParquetMetadata footer) {
        public WrittenFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(footer, "footer");
        }
    }
}
