package dev.nfe.core.iceberg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.Snapshot;

/**
 * The data files each snapshot added, kept once read. A snapshot never changes, so neither does what it added; listing
 * a layer's batches then reads each snapshot's manifests once per catalog connection rather than on every listing,
 * which matters on S3 where every manifest is a request. Entries of expired snapshots stay until the connection goes;
 * each is a few file descriptions. Thread-safe.
 */
final class SnapshotFiles {
    private final Map<String, List<DataFile>> added = new ConcurrentHashMap<>();

    /** The data files {@code snapshot} of {@code table} added. */
    List<DataFile> added(org.apache.iceberg.Table table, Snapshot snapshot) {
        return added.computeIfAbsent(table.uuid() + "/" + snapshot.snapshotId(), key -> {
            List<DataFile> files = new ArrayList<>();
            snapshot.addedDataFiles(table.io()).forEach(file -> files.add(file.copy()));
            return List.copyOf(files);
        });
    }
}
