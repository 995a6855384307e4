package dev.nfe.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nfe.core.spi.DeferredWrites;
import dev.nfe.core.spi.SourceLedger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SourceLedger} of one pipeline, under {@code _state/<pipeline>/ledger/}: 256 shards {@code <xx>.json},
 * where {@code xx} is the first byte of the SHA-256 of the source key, and up to {@value #MAX_SEGMENTS} segments
 * {@code segment-<n>.json} holding what was recorded since the shards were last written, named by
 * {@code segments.json}. A record writes one segment with its entries and syncs it, then the list naming it: its cost
 * is that of its own entries, not of the ledger's history, which a page of a large folder would otherwise rewrite in
 * full (its sources touch every shard). The record that would make a segment too many folds the segments and its
 * entries into the shards they touch instead, syncs them, then empties the list and deletes the folded segments, so
 * the history is rewritten once every {@value #MAX_SEGMENTS} records. A crash between those steps leaves segments
 * whose entries the shards already hold, which read the same; a segment the list names but that is gone is skipped
 * (its sources are extracted again, which bronze de-duplicates). Lookups read the list and its segments on the first
 * one, and each shard on the first lookup in it, so a lookup costs O(1). Lakes without a list have no segments.
 * Rejections are kept by {@link RejectedInputs} and counted as quarantined. One writer per pipeline at a time, like
 * the rest of the state.
 */
final class StateLedger implements SourceLedger {
    static final int MAX_SEGMENTS = 16;
    private static final String SEGMENTS = "ledger/segments.json";
    private static final Logger log = LoggerFactory.getLogger(StateLedger.class);

    private final StateStore state;
    private final RejectedInputs rejections;
    private final Clock clock;
    private final RunCounters counters;
    private final Map<String, Map<String, String>> shards = new HashMap<>();
    /** The entries of the live segments, the later ones over the earlier; null until first used. */
    private Map<String, String> recent;
    private final List<Long> live = new ArrayList<>();
    private long nextSegment = 1;

    StateLedger(StateStore state, RejectedInputs rejections, Clock clock, RunCounters counters) {
        this.state = state;
        this.rejections = rejections;
        this.clock = clock;
        this.counters = counters;
    }

    @Override
    public void reject(String source, String reason) {
        rejections.write(source, reason, clock.instant());
        counters.quarantined(1);
        log.warn("Rejected input {}: {}", source, reason);
    }

    @Override
    public Optional<String> fingerprint(String source) {
        String recorded = recent().get(source);
        return Optional.ofNullable(recorded != null ? recorded : shard(shardOf(source)).get(source));
    }

    @Override
    public void record(Map<String, String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return;
        }
        Map<String, String> recorded = recent();
        if (live.size() < MAX_SEGMENTS) {
            long number = nextSegment;
            writeSynced(segment(number), sources(fingerprints));
            List<Long> named = new ArrayList<>(live);
            named.add(number);
            writeSynced(SEGMENTS, segmentList(named, number + 1));
            live.add(number);
            nextSegment = number + 1;
            recorded.putAll(fingerprints);
            return;
        }
        Map<String, String> folded = new LinkedHashMap<>(recorded);
        folded.putAll(fingerprints);
        Map<String, Map<String, String>> touched = new TreeMap<>();
        folded.forEach((source, fingerprint) -> touched
                .computeIfAbsent(shardOf(source), name -> new TreeMap<>(shard(name))).put(source, fingerprint));
        DeferredWrites writes = state.deferredWrites();
        touched.forEach((name, entries) -> state.write(writes, name, sources(entries)));
        // one sync for every shard touched, however many: the segments of many pages touch most of the 256
        writes.sync();
        shards.putAll(touched);
        writeSynced(SEGMENTS, segmentList(List.of(), nextSegment));
        List<Long> foldedSegments = List.copyOf(live);
        live.clear();
        recorded.clear();
        foldedSegments.forEach(this::deleteFolded);
    }

    /** Deletes a segment the shards now hold; one left behind is named by no list and never read. */
    private void deleteFolded(long number) {
        try {
            state.delete(segment(number));
        } catch (RuntimeException e) {
            log.warn("Cannot delete folded ledger segment {}, which nothing reads any more: {}", segment(number),
                    e.getMessage());
        }
    }

    /** The entries of the live segments, read with the list naming them on first use. */
    private Map<String, String> recent() {
        if (recent == null) {
            recent = new HashMap<>();
            state.read(SEGMENTS).ifPresent(list -> {
                list.path("live").forEach(number -> live.add(number.asLong()));
                nextSegment = Math.max(list.path("next").asLong(1),
                        live.stream().mapToLong(Long::longValue).max().orElse(0) + 1);
            });
            for (long number : live) {
                Optional<JsonNode> segment = state.read(segment(number));
                if (segment.isEmpty()) {
                    log.warn("Ledger segment {} is missing; the sources it recorded will be extracted again",
                            segment(number));
                }
                segment.ifPresent(root -> entries(root, recent));
            }
        }
        return recent;
    }

    private void writeSynced(String name, ObjectNode root) {
        DeferredWrites writes = state.deferredWrites();
        state.write(writes, name, root);
        writes.sync();
    }

    private static ObjectNode sources(Map<String, String> entries) {
        ObjectNode root = StateStore.JSON.createObjectNode();
        ObjectNode values = root.putObject("sources");
        entries.forEach(values::put);
        return root;
    }

    private static ObjectNode segmentList(List<Long> numbers, long next) {
        ObjectNode root = StateStore.JSON.createObjectNode();
        numbers.forEach(root.putArray("live")::add);
        root.put("next", next);
        return root;
    }

    private static void entries(JsonNode root, Map<String, String> into) {
        JsonNode sources = root.path("sources");
        if (sources.isObject()) {
            sources.properties().forEach(e -> into.put(e.getKey(), e.getValue().asText()));
        }
    }

    private static String segment(long number) {
        return String.format(Locale.ROOT, "ledger/segment-%06d.json", number);
    }

    private Map<String, String> shard(String name) {
        return shards.computeIfAbsent(name, this::load);
    }

    private Map<String, String> load(String name) {
        Map<String, String> entries = new TreeMap<>();
        state.read(name).ifPresent(root -> entries(root, entries));
        return entries;
    }

    private static String shardOf(String source) {
        try {
            byte first = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8))[0];
            return "ledger/" + HexFormat.of().toHexDigits(first) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
