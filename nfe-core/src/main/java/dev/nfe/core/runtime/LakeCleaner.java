package dev.nfe.core.runtime;

import dev.nfe.core.config.LayerPrefixes;
import dev.nfe.core.runtime.CleanSummary.Removal;
import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.UnfinishedWrite;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds, and unless told otherwise removes, what crashed runs of one pipeline left in the lake: unfinished writes
 * (temporary files, incomplete uploads) and the files of its batch folders in bronze, silver and gold that no
 * manifest names (a batch never committed, or a file an earlier attempt at a batch wrote and the committed attempt did
 * not). Only the pipeline's own keys are considered: {@code <bronze>/<pipeline>/}, {@code _state/<pipeline>/}, and in
 * the shared silver and gold layers the folders {@code batch=<pipeline>.…}. Only what is older than a cut-off is
 * touched, and the caller holds every stage lease of the pipeline, so no run of it is writing; a rerun of a batch
 * rewrites what it needs, so removing an uncommitted batch's files loses nothing.
 */
final class LakeCleaner {
    private static final Pattern BRONZE_DOCUMENT = Pattern.compile("ingest_date=(\\d{4}-\\d{2}-\\d{2})/([^/]+)/[^/]+");
    private static final Pattern LAYER_FILE =
            Pattern.compile("([a-z][^/]*)/ingest_date=(\\d{4}-\\d{2}-\\d{2})/batch=([^/]+)/[^/]+");

    private final Storage storage;
    private final LayerPrefixes layers;
    private final String pipeline;
    private final BronzeStore bronze;
    private final BooleanSupplier leaseLost;

    /** @param leaseLost whether a lease the caller holds has ended, checked before every removal */
    LakeCleaner(Storage storage, LayerPrefixes layers, String pipeline, BooleanSupplier leaseLost) {
        this.storage = storage;
        this.layers = layers;
        this.pipeline = pipeline;
        this.bronze = new BronzeStore(storage, layers.bronze(), pipeline);
        this.leaseLost = leaseLost;
    }

    /**
     * The leftovers older than {@code cutoff}, removed unless {@code dryRun}. Unfinished writes of the pipeline's
     * leases are taken only when older than {@code leaseCutoff} too, as the caller's own leases are being renewed.
     */
    List<Removal> clean(Instant cutoff, Instant leaseCutoff, boolean dryRun) {
        List<Removal> removed = new ArrayList<>();
        String state = StateStore.prefix(pipeline);
        String leases = state + "leases/";
        Instant leaseBound = leaseCutoff.isBefore(cutoff) ? leaseCutoff : cutoff;
        unfinishedWrites(state,
                write -> write.started().isBefore(write.path().startsWith(leases) ? leaseBound : cutoff), dryRun,
                removed);
        unfinishedWrites(bronzeRoot(), write -> write.started().isBefore(cutoff), dryRun, removed);
        for (String layer : List.of(layers.silver(), layers.gold())) {
            unfinishedWrites(layer + "/", write -> isOwnBatchKey(write.path()) && write.started().isBefore(cutoff),
                    dryRun, removed);
        }
        unreferencedBronze(cutoff, dryRun, removed);
        for (String layer : List.of(layers.silver(), layers.gold())) {
            unreferencedLayerFiles(layer, cutoff, dryRun, removed);
        }
        return removed;
    }

    /** Removes the unfinished writes under {@code prefix} that {@code removable} accepts. */
    private void unfinishedWrites(String prefix, Predicate<UnfinishedWrite> removable, boolean dryRun,
            List<Removal> removed) {
        try (Stream<UnfinishedWrite> writes = storage.listUnfinishedWrites(prefix)) {
            Iterator<UnfinishedWrite> iterator = writes.iterator();
            while (iterator.hasNext()) {
                UnfinishedWrite write = iterator.next();
                if (removable.test(write)) {
                    if (!dryRun) {
                        requireLeases();
                        storage.abandon(write);
                    }
                    removed.add(new Removal(write.path(), Removal.Kind.UNFINISHED_WRITE, write.id()));
                }
            }
        }
    }

    private void unreferencedBronze(Instant cutoff, boolean dryRun, List<Removal> removed) {
        String root = bronzeRoot();
        String manifest = null;
        Set<String> referenced = Set.of();
        try (Stream<StoredObject> objects = storage.list(root)) {
            Iterator<StoredObject> iterator = objects.iterator();
            while (iterator.hasNext()) {
                StoredObject object = iterator.next();
                Matcher matcher = BRONZE_DOCUMENT.matcher(object.path().substring(root.length()));
                if (!matcher.matches() || !object.lastModified().isBefore(cutoff)) {
                    continue;
                }
                LocalDate ingestDate = LocalDate.parse(matcher.group(1));
                String batchId = matcher.group(2);
                String batchManifest = bronze.manifestPath(ingestDate, batchId);
                if (!batchManifest.equals(manifest)) {
                    // The listing is in key order, so each batch's documents come together.
                    manifest = batchManifest;
                    referenced = bronze.read(manifest)
                            .map(batch -> batch.documents().stream().map(BronzeDocument::path)
                                    .collect(Collectors.toSet()))
                            .orElse(Set.of());
                }
                if (!referenced.contains(object.path())) {
                    remove(object, batchId, dryRun, removed);
                }
            }
        }
    }

    private void unreferencedLayerFiles(String layer, Instant cutoff, boolean dryRun, List<Removal> removed) {
        ManifestLayerReader reader = new ManifestLayerReader(storage, layer);
        String root = layer + "/";
        Map<String, Set<String>> referenced = new HashMap<>();
        try (Stream<StoredObject> objects = storage.list(root)) {
            Iterator<StoredObject> iterator = objects.iterator();
            while (iterator.hasNext()) {
                StoredObject object = iterator.next();
                Matcher matcher = LAYER_FILE.matcher(object.path().substring(root.length()));
                if (!matcher.matches() || !isOwnBatch(matcher.group(3)) || !object.lastModified().isBefore(cutoff)) {
                    continue;
                }
                LocalDate ingestDate = LocalDate.parse(matcher.group(2));
                String batchId = matcher.group(3);
                Set<String> files = referenced.computeIfAbsent(ingestDate + "/" + batchId,
                        key -> reader.batch(ingestDate, batchId)
                                .map(batch -> batch.files().stream().map(BatchFile::path).collect(Collectors.toSet()))
                                .orElse(Set.of()));
                if (!files.contains(object.path())) {
                    remove(object, batchId, dryRun, removed);
                }
            }
        }
    }

    private void remove(StoredObject object, String batchId, boolean dryRun, List<Removal> removed) {
        if (!dryRun) {
            requireLeases();
            storage.delete(object.path());
        }
        removed.add(new Removal(object.path(), Removal.Kind.UNREFERENCED_OBJECT, "batch " + batchId));
    }

    private void requireLeases() {
        if (leaseLost.getAsBoolean()) {
            throw new CommitConflictException("Cannot go on cleaning pipeline " + pipeline + ": a stage lease ended"
                    + " while it worked (see the log), so a run may be writing; what it removed was left over");
        }
    }

    private String bronzeRoot() {
        return layers.bronze() + "/" + pipeline + "/";
    }

    /** Whether a silver or gold key lies in one of this pipeline's batch folders. */
    private boolean isOwnBatchKey(String path) {
        return path.contains("/batch=" + pipeline + ".");
    }

    private boolean isOwnBatch(String batchId) {
        return batchId.startsWith(pipeline + ".");
    }
}
