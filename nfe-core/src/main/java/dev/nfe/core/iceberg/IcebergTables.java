package dev.nfe.core.iceberg;

import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.SnapshotSummary;
import org.apache.iceberg.TableScan;
import org.apache.iceberg.io.CloseableIterable;

/**
 * The Iceberg tables of one layer, for people and tools: their snapshots with the batches that made them, and their
 * rows as of any retained snapshot or time (time travel). Obtained from a layer's {@code iceberg} writer with
 * {@link #of}. Thread-safe; the streams it returns are not, and must be closed.
 */
public final class IcebergTables {
    private final IcebergLake lake;

    private IcebergTables(IcebergLake lake) {
        this.lake = lake;
    }

    /** The tables of {@code layer} on {@code storage}, if {@code writer} is an {@code iceberg} writer. */
    public static Optional<IcebergTables> of(LayerWriter writer, Storage storage, String layer) {
        return writer instanceof IcebergLayerWriter iceberg
                ? Optional.of(new IcebergTables(iceberg.lake(storage, layer)))
                : Optional.empty();
    }

    /** The catalog namespace of the layer's tables. */
    public String namespace() {
        return lake.namespace().toString();
    }

    /** Every table of the layer with its retained snapshots, oldest first, by table name. */
    public List<TableHistory> tables() {
        List<TableHistory> tables = new ArrayList<>();
        for (String name : lake.tableNames()) {
            lake.existing(name).ifPresent(table -> tables.add(new TableHistory(name, table.location(),
                    StreamSupport.stream(table.snapshots().spliterator(), false)
                            .sorted(Comparator.comparingLong(Snapshot::sequenceNumber))
                            .map(IcebergTables::describe)
                            .toList())));
        }
        return tables;
    }

    /**
     * The columns of table {@code name} as of {@code asOf} ({@code ingest_date} last), as a {@link Table}.
     *
     * @throws NfeException if there is no such table, or no snapshot at that point
     */
    public Table table(String name, AsOf asOf) {
        return withIngestDate(name, scan(require(name), asOf).schema());
    }

    /**
     * The rows of table {@code name} as of {@code asOf}, file by file, with {@code ingest_date} as the last value of
     * each row. The stream must be closed.
     *
     * @throws NfeException if there is no such table, or no snapshot at that point
     */
    public Stream<Row> rows(String name, AsOf asOf) {
        org.apache.iceberg.Table table = require(name);
        TableScan scan = scan(table, asOf);
        if (table.currentSnapshot() == null) {
            return Stream.empty();
        }
        Table data = IcebergSchemas.dataTable(name, scan.schema());
        List<FileWithDate> files = new ArrayList<>();
        try (CloseableIterable<FileScanTask> tasks = scan.planFiles()) {
            for (FileScanTask task : tasks) {
                Integer date = task.file().partition().get(0, Integer.class);
                files.add(new FileWithDate(lake.batchFile(task.file(), name),
                        date == null ? null : LocalDate.ofEpochDay(date)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot plan the read of " + table.name(), e);
        }
        files.sort(Comparator.comparing((FileWithDate file) -> file.file().path()));
        return files.stream().flatMap(file -> lake.rows(List.of(file.file()), data)
                .map(row -> append(row, file.ingestDate())));
    }

    /** The data columns of a table with {@code schema}, then {@code ingest_date}, as {@link #rows} gives them. */
    private static Table withIngestDate(String name, org.apache.iceberg.Schema schema) {
        List<Column> columns = new ArrayList<>(IcebergSchemas.dataTable(name, schema).columns());
        columns.add(IcebergSchemas.columnOf(schema.findField(IcebergSchemas.INGEST_DATE)));
        return new Table(name, columns);
    }

    private static Row append(Row row, LocalDate ingestDate) {
        Object[] values = new Object[row.size() + 1];
        for (int i = 0; i < row.size(); i++) {
            values[i] = row.get(i);
        }
        values[row.size()] = ingestDate;
        return Row.of(values);
    }

    private TableScan scan(org.apache.iceberg.Table table, AsOf asOf) {
        TableScan scan = table.newScan();
        try {
            if (asOf instanceof AsOf.AtSnapshot at) {
                return scan.useSnapshot(at.snapshotId());
            }
            if (asOf instanceof AsOf.AtTime at) {
                return scan.asOfTime(at.time().toEpochMilli());
            }
            return scan;
        } catch (IllegalArgumentException e) {
            throw new NfeException("Cannot read " + table.name() + " as of " + asOf + ": " + e.getMessage(), e);
        }
    }

    private org.apache.iceberg.Table require(String name) {
        return lake.existing(name).orElseThrow(() -> new NfeException("Cannot read table " + name + ": namespace "
                + lake.namespace() + " has no such table; tables: " + lake.tableNames()));
    }

    private static SnapshotInfo describe(Snapshot snapshot) {
        Map<String, String> summary = snapshot.summary();
        return new SnapshotInfo(snapshot.snapshotId(), Instant.ofEpochMilli(snapshot.timestampMillis()),
                snapshot.operation(), Optional.ofNullable(summary.get(IcebergLake.BATCH_ID)),
                count(summary, SnapshotSummary.ADDED_RECORDS_PROP), count(summary, SnapshotSummary.TOTAL_RECORDS_PROP),
                count(summary, SnapshotSummary.TOTAL_DATA_FILES_PROP));
    }

    private static long count(Map<String, String> summary, String key) {
        String value = summary.get(key);
        return value == null ? 0 : Long.parseLong(value);
    }

    @Override
    public String toString() {
        return "IcebergTables[" + lake.namespace() + "]";
    }

    /** Which state of a table to read. */
    public sealed interface AsOf {
        /** The current snapshot. */
        AsOf CURRENT = new Current();

        /** The current snapshot. */
        record Current() implements AsOf {
        }

        /** The snapshot with this id. */
        record AtSnapshot(long snapshotId) implements AsOf {
        }

        /** The snapshot that was current at this time. */
        record AtTime(Instant time) implements AsOf {
            public AtTime {
                Objects.requireNonNull(time, "time");
            }
        }
    }

    /**
     * One table and its retained snapshots.
     *
     * @param name the table
     * @param location where its files are
     * @param snapshots oldest first
     */
    public record TableHistory(String name, String location, List<SnapshotInfo> snapshots) {
        public TableHistory {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(location, "location");
            snapshots = List.copyOf(snapshots);
        }
    }

    /**
     * One snapshot of a table.
     *
     * @param id its id, for {@code --as-of}
     * @param committedAt when it was committed
     * @param operation {@code append}, {@code replace} (a compaction), {@code overwrite} or {@code delete}
     * @param batchId the batch that committed it, if a batch did
     * @param addedRows rows it added
     * @param totalRows rows of the table in it
     * @param totalFiles data files of the table in it
     */
    public record SnapshotInfo(long id, Instant committedAt, String operation, Optional<String> batchId,
            long addedRows, long totalRows, long totalFiles) {
        public SnapshotInfo {
            Objects.requireNonNull(committedAt, "committedAt");
            Objects.requireNonNull(batchId, "batchId");
        }
    }

    /** A data file to read, with its partition's ingest date. */
    private record FileWithDate(BatchFile file, LocalDate ingestDate) {
    }
}
