package dev.nfe.redshift;

import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoragePath;
import dev.nfe.core.spi.StoredObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Chooses the silver batches a load call covers, besides those it is handed: either the batches whose manifest was
 * written within a recent window (by the objects' last-modified times, as the reference system selects them), or
 * batches named by id. A batch is chosen only through its {@code _manifest.json}, which is read to confirm it, so a
 * batch still being written (no manifest yet) is never loaded. Immutable and thread-safe.
 */
final class BatchSelection {
    private static final Pattern MANIFEST = Pattern.compile(".*/ingest_date=([0-9-]+)/batch=([^/]+)/_manifest\\.json");

    private final Storage storage;
    private final String silverLayer;
    private final Optional<Duration> window;
    private final List<String> batchIds;
    private final Clock clock;

    /**
     * @param window choose batches whose manifest was written within this long before now; empty for none
     * @param batchIds choose these batches; empty for none
     */
    BatchSelection(Storage storage, String silverLayer, Optional<Duration> window, List<String> batchIds, Clock clock) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.silverLayer = StoragePath.requireValid(silverLayer);
        this.window = Objects.requireNonNull(window, "window");
        this.batchIds = List.copyOf(batchIds);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code given} plus the chosen batches, each once, by ingest date then id. */
    List<Batch> select(List<Batch> given) {
        Map<String, Batch> chosen = new LinkedHashMap<>();
        given.forEach(batch -> chosen.putIfAbsent(batch.id(), batch));
        if (window.isPresent() || !batchIds.isEmpty()) {
            Instant since = window.map(w -> clock.instant().minus(w)).orElse(Instant.MAX);
            ManifestLayerReader reader = new ManifestLayerReader(storage, silverLayer);
            for (Candidate candidate : candidates()) {
                boolean recent = !candidate.lastModified().isBefore(since);
                if ((recent || batchIds.contains(candidate.batchId())) && !chosen.containsKey(candidate.batchId())) {
                    reader.batch(candidate.ingestDate(), candidate.batchId())
                            .ifPresent(batch -> chosen.put(batch.id(), batch));
                }
            }
        }
        List<Batch> batches = new ArrayList<>(chosen.values());
        batches.sort(Comparator.comparing(Batch::ingestDate).thenComparing(Batch::id));
        return batches;
    }

    private List<Candidate> candidates() {
        List<Candidate> candidates = new ArrayList<>();
        try (Stream<StoredObject> manifests = storage.list(silverLayer + "/_manifests/")) {
            manifests.forEach(object -> {
                Matcher path = MANIFEST.matcher(object.path());
                if (path.matches()) {
                    parseDate(path.group(1)).ifPresent(date ->
                            candidates.add(new Candidate(date, path.group(2), object.lastModified())));
                }
            });
        }
        return candidates;
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A manifest found by listing. */
    private record Candidate(LocalDate ingestDate, String batchId, Instant lastModified) {
    }
}
