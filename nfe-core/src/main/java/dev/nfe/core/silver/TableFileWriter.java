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
import java.util.function.IntFunction;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the rows of one table into Parquet part files, for table formats that commit files by other means than a
 * manifest (Iceberg). The files are the {@code parquet} writer's, byte for byte, except that each column carries the
 * Parquet field id the table format gave it; a file rolls to the next part at the options' row and byte limits.
 * Nothing is committed here: {@link #finish()} publishes the files and describes them, {@link #abort()} discards
 * them. Not thread-safe.
 */
public final class TableFileWriter {
    private static final Logger log = LoggerFactory.getLogger(TableFileWriter.class);

    private final Storage storage;
    private final Table table;
    private final TableFileFormat format;
    private final ParquetWriterOptions options;
    private final IntFunction<String> partPath;
    private final List<WrittenFile> finished = new ArrayList<>();
    private PartFileWriter current;
    private int nextPart;

    /**
     * A writer of {@code table}'s rows into the files {@code partPath} names by part number (0, 1, …).
     *
     * @param fieldIds the Parquet field id of each column, by name; a column without one is written without
     */
    public TableFileWriter(Storage storage, Table table, Map<String, Integer> fieldIds, ParquetWriterOptions options,
            IntFunction<String> partPath) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.table = Objects.requireNonNull(table, "table");
        Map<String, Integer> ids = Map.copyOf(fieldIds);
        this.format = TableFileFormat.of(table, (Column column) -> ids.containsKey(column.name())
                ? OptionalInt.of(ids.get(column.name())) : OptionalInt.empty());
        this.options = Objects.requireNonNull(options, "options");
        this.partPath = Objects.requireNonNull(partPath, "partPath");
    }

    /** Appends {@code row}, a row of the table's columns. */
    public void write(Row row) {
        if (current == null) {
            current = PartFileWriter.open(storage, partPath.apply(nextPart++), table.name(), format, options);
        }
        current.write(row);
        if (current.rows() >= options.maxRowsPerFile() || current.dataSize() >= options.maxBytesPerFile()) {
            finishCurrent();
        }
    }

    /** Publishes the open file, if any, and returns every file written, in part order. */
    public List<WrittenFile> finish() {
        finishCurrent();
        return List.copyOf(finished);
    }

    /** Discards the open file and deletes the finished ones (best effort: they are not committed anywhere). */
    public void abort() {
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

    private void finishCurrent() {
        if (current != null) {
            PartFileWriter part = current;
            current = null;
            BatchFile file = part.finish();
            finished.add(new WrittenFile(file, part.footer()));
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
