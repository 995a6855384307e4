package dev.nfe.core.iceberg;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.CommitStateUnknownException;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Iceberg tables of one batch of an {@code iceberg} layer, for an engine that writes and appends the batch's
 * files itself (the Spark job, through Spark's Iceberg catalog) under this library's commit protocol: the tables
 * are created or evolved as the library's writer does; {@link #pending()} names, in commit order, those that do not
 * hold the batch yet; each append carries {@link #snapshotSummary()}; and {@link #committed()} reads the batch
 * back once every table holds it, which is when this library's readers see it (see {@link IcebergBatchWriter}: a
 * crash between two tables' appends leaves the batch invisible until a rerun, of either engine, appends the rest).
 */
public final class IcebergBatchTables {
    private final IcebergLake lake;
    private final IcebergLayerWriter writer;
    private final Storage storage;
    private final BatchTarget target;
    private final List<Table> pending;

    private IcebergBatchTables(IcebergLake lake, IcebergLayerWriter writer, Storage storage, BatchTarget target,
            List<Table> pending) {
        this.lake = lake;
        this.writer = writer;
        this.storage = storage;
        this.target = target;
        this.pending = List.copyOf(pending);
    }

    /**
     * The tables of {@code target} on {@code storage}, created or given the columns they lack, if {@code writer} is
     * an {@code iceberg} writer; empty for any other writer.
     *
     * @throws CommitConflictException if every table of the batch already holds it
     */
    public static Optional<IcebergBatchTables> open(LayerWriter writer, Storage storage, BatchTarget target) {
        if (!(writer instanceof IcebergLayerWriter iceberg)) {
            return Optional.empty();
        }
        IcebergLake lake = iceberg.lake(storage, target.layer());
        List<Table> pending = target.tables().stream()
                .filter(table -> !IcebergLake.hasBatch(lake.table(table), target.ingestDate(), target.batchId()))
                .toList();
        if (!target.tables().isEmpty() && pending.isEmpty()) {
            throw new CommitConflictException("Cannot write batch " + target.batchId() + " of " + target.layer()
                    + ": every table of namespace " + lake.namespace() + " already holds it");
        }
        return Optional.of(new IcebergBatchTables(lake, iceberg, storage, target, pending));
    }

    /** How the engine opens the catalog these tables are in. */
    public EngineCatalog catalog() {
        return writer.connector().engineCatalog(storage);
    }

    /** The levels of the tables' namespace (a Glue database, a schema of the jdbc catalog). */
    public List<String> namespace() {
        return Arrays.asList(lake.namespace().levels());
    }

    /** The batch's tables that do not hold it yet, in the order their appends must be committed. */
    public List<Table> pending() {
        return pending;
    }

    /** The summary properties every append of the batch must carry, by key. */
    public Map<String, String> snapshotSummary() {
        return IcebergLake.snapshotSummary(target);
    }

    /**
     * Commits an append of no file, with the batch's summary, to {@code table}, a pending table for which the batch
     * has no row: the table then holds the batch, as the library's writer leaves it.
     *
     * @throws CommitStateUnknownException if the catalog cannot tell whether the append was committed
     */
    public void commitWithoutRows(Table table) {
        Objects.requireNonNull(table, "table");
        if (!pending.contains(table)) {
            throw new IllegalArgumentException("Cannot commit table " + table.name() + " of batch "
                    + target.batchId() + ": not a table still lacking it " + pending.stream().map(Table::name).toList());
        }
        org.apache.iceberg.Table iceberg = lake.table(table);
        IcebergLake.commitBatchSnapshot(iceberg.newAppend(), iceberg, target);
    }

    /**
     * The batch as this library's readers see it, once every table holds it.
     *
     * @throws NfeException if a table of the batch does not hold it
     */
    public Batch committed() {
        return new IcebergLayerReader(lake).batch(target.ingestDate(), target.batchId())
                .orElseThrow(() -> new NfeException("Cannot read back batch " + target.batchId() + " of "
                        + target.layer() + ": some of its tables do not hold it"));
    }

    @Override
    public String toString() {
        return "IcebergBatchTables[" + target.batchId() + " in " + lake.namespace() + ", pending="
                + pending.stream().map(Table::name).toList() + "]";
    }
}
