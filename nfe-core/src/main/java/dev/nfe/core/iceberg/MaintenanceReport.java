package dev.nfe.core.iceberg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@link IcebergMaintenance#run} did (or, in a dry run, would do) to each table of a layer.
 *
 * @param namespace the catalog namespace of the tables
 * @param mode whether the tables were changed
 * @param tables by table name
 */
public record MaintenanceReport(String namespace, MaintenanceOptions.Mode mode, List<TableReport> tables) {
    public MaintenanceReport {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(mode, "mode");
        tables = List.copyOf(tables);
    }

    /**
     * The maintenance of one table.
     *
     * @param table the table's name
     * @param compactions one per compacted partition
     * @param expiry the snapshots expired
     * @param orphans the files deleted as referenced by no retained snapshot
     */
    public record TableReport(String table, List<Compaction> compactions, Expiry expiry, List<Orphan> orphans) {
        public TableReport {
            Objects.requireNonNull(table, "table");
            compactions = List.copyOf(compactions);
            Objects.requireNonNull(expiry, "expiry");
            orphans = List.copyOf(orphans);
        }
    }

    /**
     * One partition's small files rewritten into fewer, larger ones, in one {@code replace} snapshot.
     *
     * @param ingestDate the partition
     * @param replaced the storage keys of the files replaced, in the order their rows were read
     * @param written the storage keys of the files written (empty in a dry run)
     * @param bytesBefore the replaced files' size
     * @param bytesAfter the written files' size (0 in a dry run)
     * @param rows the rows rewritten, the same before and after
     * @param attempts how many plans it took: more than one when a concurrent commit invalidated a plan
     */
    public record Compaction(LocalDate ingestDate, List<String> replaced, List<String> written, long bytesBefore,
            long bytesAfter, long rows, int attempts) {
        public Compaction {
            Objects.requireNonNull(ingestDate, "ingestDate");
            replaced = List.copyOf(replaced);
            written = List.copyOf(written);
        }
    }

    /**
     * The snapshots expired from a table.
     *
     * @param expired snapshots removed
     * @param retained snapshots left
     * @param batchesRecorded batches whose snapshots could expire, newly recorded in the table's properties so
     *     that their reruns still find them committed
     * @param filesDeleted data, manifest and manifest-list files deleted with the snapshots (0 in a dry run)
     */
    public record Expiry(int expired, int retained, int batchesRecorded, int filesDeleted) {
    }

    /**
     * A file under a table's location that no retained snapshot references.
     *
     * @param path its storage key
     * @param bytes its size
     * @param lastModified when it was last written
     */
    public record Orphan(String path, long bytes, Instant lastModified) {
        public Orphan {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }
}
