package dev.nfe.core.iceberg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.iceberg.ExpireSnapshots;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.UpdateProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires a table's snapshots older than a cutoff, keeping the most recent ones, and deletes through the lake's
 * {@code FileIO} the files only they referenced (the files a compaction replaced, their manifests and manifest lists).
 *
 * <p>A batch's snapshot is how a rerun of the batch knows it is committed, so before expiring anything this records,
 * in one property commit, every batch of a snapshot older than the cutoff in the table's properties
 * ({@link ExpiredBatches}). Only those snapshots can be expired (Iceberg never expires a snapshot younger than the
 * cutoff), so the record covers every expired batch even when a concurrent commit changes which of the older ones
 * {@code retainLast} keeps, and the table's metadata always says the batch is there: before the expiry through its
 * snapshot, after it through the property, in between through both. A crash between the two commits leaves a record
 * of batches the table still has snapshots of, which is true and harmless.
 */
final class SnapshotExpirer {
    private static final Logger log = LoggerFactory.getLogger(SnapshotExpirer.class);

    private final IcebergLake lake;

    SnapshotExpirer(IcebergLake lake) {
        this.lake = lake;
    }

    /** Expires the snapshots of {@code table} older than {@code cutoff} but the last {@code retainLast}. */
    MaintenanceReport.Expiry expire(Table table, Instant cutoff, int retainLast, MaintenanceOptions.Mode mode) {
        table.refresh();
        List<Snapshot> before = snapshots(table);
        Map<LocalDate, List<String>> older = new TreeMap<>();
        int unrecorded = 0;
        for (Snapshot snapshot : before) {
            Map<String, String> summary = snapshot.summary();
            String batchId = summary.get(IcebergLake.BATCH_ID);
            if (batchId == null || snapshot.timestampMillis() >= cutoff.toEpochMilli()) {
                continue;
            }
            LocalDate date = LocalDate.parse(summary.get(IcebergLake.INGEST_DATE));
            if (!ExpiredBatches.contains(table.properties(), date, batchId)) {
                older.computeIfAbsent(date, key -> new ArrayList<>()).add(batchId);
                unrecorded++;
            }
        }
        if (mode == MaintenanceOptions.Mode.DRY_RUN) {
            int expired = expiry(table, cutoff, retainLast).apply().size();
            return new MaintenanceReport.Expiry(expired, before.size() - expired, unrecorded, 0);
        }
        Map<String, String> changed = ExpiredBatches.withBatches(table.properties(), older);
        if (!changed.isEmpty()) {
            UpdateProperties update = table.updateProperties();
            changed.forEach(update::set);
            update.commit();
        }
        AtomicInteger deleted = new AtomicInteger();
        expiry(table, cutoff, retainLast)
                .deleteWith(location -> {
                    lake.io().deleteFile(location);
                    deleted.incrementAndGet();
                })
                .commit();
        table.refresh();
        Set<Long> after = snapshots(table).stream().map(Snapshot::snapshotId).collect(Collectors.toSet());
        int expired = (int) before.stream().filter(snapshot -> !after.contains(snapshot.snapshotId())).count();
        if (expired > 0 || unrecorded > 0) {
            log.info("Expired {} snapshots of {} older than {}: retained={} batchesRecorded={} filesDeleted={}",
                    expired, table.name(), cutoff, after.size(), unrecorded, deleted.get());
        }
        return new MaintenanceReport.Expiry(expired, after.size(), unrecorded, deleted.get());
    }

    private static ExpireSnapshots expiry(Table table, Instant cutoff, int retainLast) {
        return table.expireSnapshots().expireOlderThan(cutoff.toEpochMilli()).retainLast(retainLast);
    }

    private static List<Snapshot> snapshots(Table table) {
        return StreamSupport.stream(table.snapshots().spliterator(), false).toList();
    }
}
