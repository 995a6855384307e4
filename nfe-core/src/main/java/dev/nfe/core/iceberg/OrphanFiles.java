package dev.nfe.core.iceberg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.iceberg.ContentFile;
import org.apache.iceberg.ManifestContent;
import org.apache.iceberg.ManifestFile;
import org.apache.iceberg.ManifestFiles;
import org.apache.iceberg.ReachableFileUtil;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.io.FileInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and deletes the orphan files of a table: files under its location that no retained snapshot references
 * (neither a data or delete file of its manifests, nor a manifest, nor a manifest list) and that are neither a
 * metadata file of the table's metadata log, nor a statistics file, nor the version hint, last written before a
 * cutoff. What a crashed writer, a conflicted compaction or a failed commit left behind ends up here.
 *
 * <p>A commit in flight has written files that nothing references yet; the cutoff, days in the past, is what spares
 * them, so it must exceed the longest commit. The references are gathered before the listing, so a file committed
 * between the two is young and spared as well.
 */
final class OrphanFiles {
    private static final Logger log = LoggerFactory.getLogger(OrphanFiles.class);

    private static final String VERSION_HINT = "version-hint.text";

    private final IcebergLake lake;

    OrphanFiles(IcebergLake lake) {
        this.lake = lake;
    }

    /** The orphans of {@code table} last written before {@code cutoff}, deleted unless {@code mode} is a dry run. */
    List<MaintenanceReport.Orphan> remove(Table table, Instant cutoff, MaintenanceOptions.Mode mode) {
        table.refresh();
        Set<String> referenced = referenced(table);
        List<MaintenanceReport.Orphan> orphans = new ArrayList<>();
        String location = table.location().endsWith("/") ? table.location() : table.location() + "/";
        for (FileInfo file : lake.io().listPrefix(location)) {
            String key = lake.io().key(file.location());
            if (!referenced.contains(key) && file.createdAtMillis() < cutoff.toEpochMilli()) {
                orphans.add(new MaintenanceReport.Orphan(key, file.size(), Instant.ofEpochMilli(file.createdAtMillis())));
            }
        }
        if (mode == MaintenanceOptions.Mode.APPLY) {
            for (MaintenanceReport.Orphan orphan : orphans) {
                lake.storage().delete(orphan.path());
            }
            if (!orphans.isEmpty()) {
                log.info("Deleted {} orphan files of {} last written before {}", orphans.size(), table.name(), cutoff);
            }
        }
        return orphans;
    }

    /** The storage keys of every file the table's retained snapshots and metadata reference. */
    private Set<String> referenced(Table table) {
        Set<String> locations = new HashSet<>(ReachableFileUtil.metadataFileLocations(table, false));
        // what ReachableFileUtil.versionHintLocation gives, which needs Hadoop: the hint of file-system catalogs
        locations.add(table.location().replaceAll("/+$", "") + "/metadata/" + VERSION_HINT);
        locations.addAll(ReachableFileUtil.statisticsFilesLocations(table));
        Set<String> manifests = new HashSet<>();
        for (Snapshot snapshot : table.snapshots()) {
            if (snapshot.manifestListLocation() != null) {
                locations.add(snapshot.manifestListLocation());
            }
            for (ManifestFile manifest : snapshot.allManifests(table.io())) {
                if (manifests.add(manifest.path())) {
                    locations.add(manifest.path());
                    addFiles(table, manifest, locations);
                }
            }
        }
        Set<String> keys = new HashSet<>();
        for (String referencedLocation : locations) {
            keys.add(lake.io().key(referencedLocation));
        }
        return keys;
    }

    private static void addFiles(Table table, ManifestFile manifest, Set<String> locations) {
        try (CloseableIterable<? extends ContentFile<?>> files = manifest.content() == ManifestContent.DATA
                ? ManifestFiles.read(manifest, table.io(), table.specs())
                : ManifestFiles.readDeleteManifest(manifest, table.io(), table.specs())) {
            for (ContentFile<?> file : files) {
                locations.add(file.location());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read manifest " + manifest.path() + " of " + table.name(), e);
        }
    }
}
