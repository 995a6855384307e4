package dev.nfe.core.iceberg;

import dev.nfe.core.silver.ParquetWriterOptions;
import dev.nfe.core.silver.TableFileWriter;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.CommitStateUnknownException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.RewriteFiles;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableScan;
import org.apache.iceberg.exceptions.CommitFailedException;
import org.apache.iceberg.exceptions.ValidationException;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.io.CloseableIterable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts a table partition by partition: a partition ({@code ingest_date}) with more than one data file smaller
 * than the target size, whose files would fit in fewer files of that size, has those files' rows read (by file path,
 * then row order) and written into files of about the target size, {@code compact-<snapshot>-NNNNN.parquet} after
 * the snapshot planned from, then committed as one {@code replace} snapshot that deletes the old files and adds the
 * new ones. The rows are the same; only their files change.
 *
 * <p>The rewrite is validated from the planned snapshot, so a concurrent append (a transform committing a batch) is
 * kept: Iceberg rebases the rewrite onto it. A concurrent commit that removed a planned file (another compaction)
 * fails the validation, and the partition is planned again from the new current snapshot, up to
 * {@value #MAX_ATTEMPTS} times. Files written for an attempt that did not commit are left in place rather than
 * deleted, since another maintenance planning from the same snapshot writes the same names; nothing references them,
 * and orphan removal deletes them once they are older than its window. Batch files never collide with these names:
 * their names start with a batch id, which always holds a {@code .} ({@code <pipeline>.<bronze batch>}).
 */
final class TableCompactor {
    private static final Logger log = LoggerFactory.getLogger(TableCompactor.class);
    static final int MAX_ATTEMPTS = 5;
    /** Snapshot summary key of a compaction: the partition it rewrote. */
    static final String COMPACTED = "nfe.compacted";

    private final IcebergLake lake;
    private final ParquetWriterOptions fileOptions;

    TableCompactor(IcebergLake lake, ParquetWriterOptions fileOptions) {
        this.lake = lake;
        this.fileOptions = fileOptions;
    }

    /**
     * Compacts every partition of table {@code name} that needs it, oldest first. The table is planned once; a
     * partition is planned again only when its commit met a conflicting one.
     */
    List<MaintenanceReport.Compaction> compact(String name, Table table, MaintenanceOptions options) {
        table.refresh();
        if (table.currentSnapshot() == null) {
            return List.of();
        }
        long start = table.currentSnapshot().snapshotId();
        List<MaintenanceReport.Compaction> compactions = new ArrayList<>();
        plan(table, start, Optional.empty(), options.targetFileSize()).forEach((date, files) ->
                compactPartition(name, table, date, files, start, options).ifPresent(compactions::add));
        return compactions;
    }

    private Optional<MaintenanceReport.Compaction> compactPartition(String name, Table table, LocalDate date,
            List<DataFile> planned, long plannedFrom, MaintenanceOptions options) {
        String partition = IcebergSchemas.partitionPath(date);
        List<DataFile> files = planned;
        long start = plannedFrom;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            if (attempt > 1) {
                table.refresh();
                start = table.currentSnapshot().snapshotId();
                files = plan(table, start, Optional.of(date), options.targetFileSize()).getOrDefault(date, List.of());
                if (files.isEmpty()) {
                    return Optional.empty();
                }
            }
            List<String> replaced = files.stream().map(file -> lake.io().key(file.location())).toList();
            long bytesBefore = files.stream().mapToLong(DataFile::fileSizeInBytes).sum();
            long rows = files.stream().mapToLong(DataFile::recordCount).sum();
            if (options.mode() == MaintenanceOptions.Mode.DRY_RUN) {
                return Optional.of(new MaintenanceReport.Compaction(date, replaced, List.of(), bytesBefore, 0, rows,
                        attempt));
            }
            List<TableFileWriter.WrittenFile> written = rewrite(name, table, date, files, start,
                    options.targetFileSize());
            RewriteFiles rewrite = table.newRewrite().validateFromSnapshot(start);
            files.forEach(rewrite::deleteFile);
            for (TableFileWriter.WrittenFile file : written) {
                rewrite.addFile(DataFileMetadata.of(lake, table, partition, file));
            }
            rewrite.set(COMPACTED, partition);
            try {
                rewrite.commit();
            } catch (ValidationException | CommitFailedException e) {
                log.warn("Compaction of {} {} conflicted with a concurrent commit (attempt {} of {}); planning again:"
                        + " {}", table.name(), partition, attempt, MAX_ATTEMPTS, e.getMessage());
                continue;
            } catch (org.apache.iceberg.exceptions.CommitStateUnknownException e) {
                throw new CommitStateUnknownException("Cannot tell whether the compaction of " + table.name() + " "
                        + partition + " was committed: " + e.getMessage(), e);
            }
            List<String> paths = written.stream().map(file -> file.file().path()).toList();
            long bytesAfter = written.stream().mapToLong(file -> file.file().bytes()).sum();
            log.info("Compacted {} {}: files={} bytes={} into files={} bytes={} rows={}", table.name(),
                    partition, files.size(), bytesBefore, written.size(), bytesAfter, rows);
            return Optional.of(new MaintenanceReport.Compaction(date, replaced, paths, bytesBefore, bytesAfter, rows,
                    attempt));
        }
        throw new NfeException("Cannot compact " + table.name() + " " + partition + ": " + MAX_ATTEMPTS
                + " attempts met concurrent commits; run maintenance again");
    }

    /**
     * The files to compact in snapshot {@code snapshotId} (of partition {@code only}, if given), by partition: per
     * partition its files smaller than the target, by path, when there are more than one and they would fit in fewer
     * files. A partition with delete files is left alone (this library writes none).
     */
    private Map<LocalDate, List<DataFile>> plan(Table table, long snapshotId, Optional<LocalDate> only,
            long targetSize) {
        Map<LocalDate, List<DataFile>> small = new TreeMap<>();
        List<LocalDate> withDeletes = new ArrayList<>();
        TableScan scan = table.newScan().useSnapshot(snapshotId);
        if (only.isPresent()) {
            scan = scan.filter(Expressions.equal(IcebergSchemas.INGEST_DATE, only.get().toString()));
        }
        try (CloseableIterable<FileScanTask> tasks = scan.planFiles()) {
            for (FileScanTask task : tasks) {
                LocalDate date = LocalDate.ofEpochDay(task.file().partition().get(0, Integer.class));
                if (!task.deletes().isEmpty()) {
                    withDeletes.add(date);
                }
                if (task.file().fileSizeInBytes() < targetSize) {
                    small.computeIfAbsent(date, key -> new ArrayList<>()).add(task.file().copy());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot plan the compaction of " + table.name(), e);
        }
        withDeletes.forEach(small::remove);
        small.values().forEach(files -> files.sort(Comparator.comparing(DataFile::location)));
        small.values().removeIf(files -> {
            long bytes = files.stream().mapToLong(DataFile::fileSizeInBytes).sum();
            return files.size() < 2 || (bytes + targetSize - 1) / targetSize >= files.size();
        });
        return small;
    }

    /** Writes the rows of {@code files}, in order, into new files of about {@code targetSize} bytes. */
    private List<TableFileWriter.WrittenFile> rewrite(String name, Table table, LocalDate date, List<DataFile> files,
            long startSnapshotId, long targetSize) {
        dev.nfe.core.spi.Table columns = IcebergSchemas.dataTable(name, table.schema());
        List<BatchFile> inputs = files.stream()
                .map(file -> lake.batchFile(file, name))
                .toList();
        TableFileWriter writer = new TableFileWriter(lake.storage(), columns, IcebergLake.fieldIds(table),
                new ParquetWriterOptions(Long.MAX_VALUE, targetSize,
                        Math.min(fileOptions.rowGroupSize(), targetSize), fileOptions.compression()),
                part -> lake.dataFile(name, IcebergSchemas.partitionPath(date),
                        String.format(Locale.ROOT, "compact-%d-%05d.parquet", startSnapshotId, part)));
        try (Stream<Row> rows = lake.rows(inputs, columns)) {
            rows.forEach(writer::write);
        }
        return writer.finish();
    }

}
