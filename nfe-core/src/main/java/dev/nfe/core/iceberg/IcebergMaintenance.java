package dev.nfe.core.iceberg;

import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.Storage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.iceberg.Table;

/**
 * Maintains the Iceberg tables of one layer, table by table: compacts each partition's small files into files of
 * about the target size ({@code replace} snapshots; rows unchanged), expires the snapshots older than the retention
 * but the most recent ones, deleting the files only they referenced, and deletes the orphan files older than a
 * window. Safe while transforms commit: a compaction keeps a concurrent append and plans again when a concurrent
 * commit invalidates it, and the windows spare what commits in flight have written.
 *
 * <p>Exactly-once survives the expiry: before a batch's snapshot can be expired, the batch is recorded in the
 * table's properties, where the writer looks too, so a rerun of the batch still adds nothing. What readers see
 * changes, though: {@link dev.nfe.core.spi.LayerReader#batches()} lists a batch only while every table of it keeps
 * its snapshot, so an expired batch is no longer listed. The load stage lists batches to find those it has not
 * loaded, which is why snapshots younger than the retention (default 7 days) are never expired: the retention must
 * exceed the longest a batch may wait for its load. Time travel reaches only retained snapshots.
 *
 * <p>Obtained with {@link #of}, like {@link IcebergTables}. Thread-safe.
 */
public final class IcebergMaintenance {
    private final IcebergLake lake;
    private final Clock clock;
    private final TableCompactor compactor;
    private final SnapshotExpirer expirer;
    private final OrphanFiles orphans;

    private IcebergMaintenance(IcebergLake lake, IcebergLayerWriter writer, Clock clock) {
        this.lake = lake;
        this.clock = clock;
        this.compactor = new TableCompactor(lake, writer.options());
        this.expirer = new SnapshotExpirer(lake);
        this.orphans = new OrphanFiles(lake);
    }

    /**
     * The maintenance of the tables of {@code layer} on {@code storage}, if {@code writer} is an {@code iceberg}
     * writer. {@code clock} gives the present the retention and the orphan window count back from; Iceberg stamps
     * snapshots with the wall clock, so it should be one too.
     */
    public static Optional<IcebergMaintenance> of(LayerWriter writer, Storage storage, String layer, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return writer instanceof IcebergLayerWriter iceberg
                ? Optional.of(new IcebergMaintenance(iceberg.lake(storage, layer), iceberg, clock))
                : Optional.empty();
    }

    /** The catalog namespace of the layer's tables. */
    public String namespace() {
        return lake.namespace().toString();
    }

    /**
     * Compacts, expires and removes orphans in every table of the layer, by table name, as {@code options} say; in
     * a dry run, reports what it would do and changes nothing.
     *
     * @throws dev.nfe.core.spi.CommitStateUnknownException if it cannot tell whether a compaction committed; run
     *     again, which plans from what did
     * @throws dev.nfe.core.spi.NfeException if a partition could not be compacted after repeated conflicts, or a
     *     file could not be read
     */
    public MaintenanceReport run(MaintenanceOptions options) {
        Objects.requireNonNull(options, "options");
        Instant now = clock.instant();
        List<MaintenanceReport.TableReport> reports = new ArrayList<>();
        for (String name : lake.tableNames()) {
            Optional<Table> found = lake.existing(name);
            if (found.isEmpty()) {
                continue;
            }
            Table table = found.get();
            List<MaintenanceReport.Compaction> compactions = compactor.compact(name, table, options);
            MaintenanceReport.Expiry expiry = expirer.expire(table, now.minus(options.retain()), options.retainLast(),
                    options.mode());
            List<MaintenanceReport.Orphan> removed = orphans.remove(table, now.minus(options.orphansOlderThan()),
                    options.mode());
            reports.add(new MaintenanceReport.TableReport(name, compactions, expiry, removed));
        }
        return new MaintenanceReport(namespace(), options.mode(), reports);
    }

    @Override
    public String toString() {
        return "IcebergMaintenance[" + lake.layer() + " in " + lake.namespace() + "]";
    }
}
