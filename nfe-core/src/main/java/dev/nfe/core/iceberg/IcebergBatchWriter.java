package dev.nfe.core.iceberg;

import dev.nfe.core.silver.ParquetWriterOptions;
import dev.nfe.core.silver.EncodingPool;
import dev.nfe.core.silver.TableFileWriter;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.CommitStateUnknownException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.OverwriteFiles;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.SnapshotUpdate;
import org.apache.iceberg.io.CloseableIterable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one batch of an {@code iceberg} layer: rows stream into Parquet files under each table's {@code data/}
 * folder, and {@link #commit()} appends each table's files ({@link Mode#APPEND}) or makes them the table's whole
 * content ({@link Mode#REPLACE}, for gold tables that mirror the warehouse) in one snapshot per table, in the
 * target's table order, every snapshot's summary naming the batch, its ingest date and all its tables.
 *
 * <p>Iceberg commits one table at a time, so a crash between two tables' commits leaves the batch in some tables and
 * not in others. Readers of this library see a batch only once every table it names has it; the rerun writes the
 * batch again and commits only the tables that lack it (rows for the others are dropped, being the same rows), so
 * the layer converges to one copy of the batch in every table. A table that already holds the batch is never
 * appended to again, which makes a rerun of a committed batch add nothing.
 */
final class IcebergBatchWriter implements BatchWriter {
    private static final Logger log = LoggerFactory.getLogger(IcebergBatchWriter.class);

    private enum State { OPEN, COMMITTED, CLOSED }

    /** What a commit does to each table: add the batch's files, or make them the table's whole content. */
    enum Mode { APPEND, REPLACE }

    private final IcebergLake lake;
    private final BatchTarget target;
    private final ParquetWriterOptions options;
    private final Map<String, org.apache.iceberg.Table> tables;
    /** The target's tables by name, to check a written row's table with one lookup. */
    private final Map<String, Table> targetTables;
    private final Set<String> alreadyCommitted;
    private final Mode mode;
    private final Map<String, TableFileWriter> writers = new LinkedHashMap<>();
    private final EncodingPool pool;
    private State state = State.OPEN;

    IcebergBatchWriter(IcebergLake lake, BatchTarget target, ParquetWriterOptions options,
            Map<String, org.apache.iceberg.Table> tables, Set<String> alreadyCommitted, Mode mode) {
        this.lake = lake;
        this.target = target;
        this.options = options;
        this.tables = Map.copyOf(tables);
        this.targetTables = target.tables().stream()
                .collect(Collectors.toMap(Table::name, t -> t, (first, again) -> first));
        this.alreadyCommitted = Set.copyOf(alreadyCommitted);
        this.mode = mode;
        this.pool = EncodingPool.of(options.threads(), target.batchId());
    }

    @Override
    public void write(Table table, Row row) {
        requireOpen("write to");
        org.apache.iceberg.Table iceberg = tables.get(table.name());
        if (iceberg == null || !table.equals(targetTables.get(table.name()))) {
            throw new IllegalArgumentException("Cannot write to table " + table.name() + ": not a table of batch "
                    + target.batchId() + " (or defined differently)");
        }
        if (alreadyCommitted.contains(table.name())) {
            return;
        }
        writers.computeIfAbsent(table.name(), name -> new TableFileWriter(lake.storage(), table,
                IcebergLake.fieldIds(iceberg), options, part -> lake.dataFile(name, partition(),
                        String.format(Locale.ROOT, "%s-%05d.parquet", target.batchId(), part)), pool))
                .write(row);
    }

    @Override
    public Batch commit() {
        requireOpen("commit");
        // every table finishes its last file at once, on the pool, and is then committed in the target's order
        Map<String, CompletableFuture<List<TableFileWriter.WrittenFile>>> finishing = new LinkedHashMap<>();
        writers.forEach((name, writer) -> finishing.put(name, writer.finishing()));
        for (Table table : target.tables()) {
            if (alreadyCommitted.contains(table.name())) {
                continue;
            }
            org.apache.iceberg.Table iceberg = tables.get(table.name());
            List<TableFileWriter.WrittenFile> files = finishing.containsKey(table.name())
                    ? TableFileWriter.await(finishing.get(table.name())) : List.of();
            SnapshotUpdate<?> update = mode == Mode.APPEND ? append(iceberg, files) : replace(iceberg, files);
            try {
                IcebergLake.commitBatchSnapshot(update, iceberg, target);
            } catch (CommitStateUnknownException e) {
                state = State.COMMITTED;
                throw e;
            }
            writers.remove(table.name());
            log.debug("Committed batch {} to {}: files={}", target.batchId(), iceberg.name(), files.size());
        }
        state = State.COMMITTED;
        Batch batch = new IcebergLayerReader(lake).batch(target.ingestDate(), target.batchId())
                .orElseThrow(() -> new NfeException("Cannot read back batch " + target.batchId() + " of "
                        + target.layer() + " after committing it"));
        log.info("Committed batch {} to {} as Iceberg snapshots: tables={} files={} rows={}", target.batchId(),
                target.layer(), target.tables().size() - alreadyCommitted.size(), batch.files().size(),
                batch.files().stream().mapToLong(file -> file.rows()).sum());
        return batch;
    }

    @Override
    public void close() {
        try {
            if (state == State.OPEN) {
                writers.values().forEach(TableFileWriter::abort);
            }
        } finally {
            pool.close();
            state = State.CLOSED;
        }
    }

    private AppendFiles append(org.apache.iceberg.Table iceberg, List<TableFileWriter.WrittenFile> files) {
        AppendFiles append = iceberg.newAppend();
        files.forEach(file -> append.appendFile(DataFileMetadata.of(lake, iceberg, partition(), file)));
        return append;
    }

    /**
     * An overwrite of every file of the current snapshot by {@code files}, failing (and so retried by the caller's
     * rerun) if another writer changed the table in between.
     */
    private OverwriteFiles replace(org.apache.iceberg.Table iceberg, List<TableFileWriter.WrittenFile> files) {
        iceberg.refresh();
        OverwriteFiles overwrite = iceberg.newOverwrite();
        Snapshot current = iceberg.currentSnapshot();
        if (current != null) {
            try (CloseableIterable<FileScanTask> tasks = iceberg.newScan().useSnapshot(current.snapshotId())
                    .planFiles()) {
                tasks.forEach(task -> overwrite.deleteFile(task.file()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the files of " + iceberg.name(), e);
            }
            overwrite.validateFromSnapshot(current.snapshotId()).validateNoConflictingData()
                    .validateNoConflictingDeletes();
        }
        files.forEach(file -> overwrite.addFile(DataFileMetadata.of(lake, iceberg, partition(), file)));
        return overwrite;
    }

    private String partition() {
        return IcebergSchemas.partitionPath(target.ingestDate());
    }

    private void requireOpen(String action) {
        if (state != State.OPEN) {
            throw new IllegalStateException("Cannot " + action + " batch " + target.batchId() + ": the writer is "
                    + state.name().toLowerCase(Locale.ROOT));
        }
    }
}
