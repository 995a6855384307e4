package dev.nfe.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nfe.core.spi.DeferredWrites;
import dev.nfe.core.spi.SourceLedger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SourceLedger} of one pipeline, in 256 shards under {@code _state/<pipeline>/ledger/<xx>.json}, where
 * {@code xx} is the first byte of the SHA-256 of the source key. A shard is read once per run, on its first lookup,
 * and a record rewrites only the shards it touches (each atomically, all made durable by one sync), so a lookup costs O(1) and a commit does not
 * rewrite the whole history. Rejections are kept by {@link RejectedInputs} and counted as quarantined. One writer per pipeline at a time, like the rest of the state.
 */
final class StateLedger implements SourceLedger {
    private static final Logger log = LoggerFactory.getLogger(StateLedger.class);

    private final StateStore state;
    private final RejectedInputs rejections;
    private final Clock clock;
    private final RunCounters counters;
    private final Map<String, Map<String, String>> shards = new HashMap<>();

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
        return Optional.ofNullable(shard(shardOf(source)).get(source));
    }

    @Override
    public void record(Map<String, String> fingerprints) {
        Map<String, Map<String, String>> touched = new TreeMap<>();
        fingerprints.forEach((source, fingerprint) -> touched
                .computeIfAbsent(shardOf(source), name -> new TreeMap<>(shard(name))).put(source, fingerprint));
        DeferredWrites writes = state.deferredWrites();
        touched.forEach((name, entries) -> {
            ObjectNode root = StateStore.JSON.createObjectNode();
            ObjectNode values = root.putObject("sources");
            entries.forEach(values::put);
            state.write(writes, name, root);
        });
        // one sync for every shard touched, however many: a page of many files touches most of the 256
        writes.sync();
        shards.putAll(touched);
    }

    private Map<String, String> shard(String name) {
        return shards.computeIfAbsent(name, this::load);
    }

    private Map<String, String> load(String name) {
        Map<String, String> entries = new TreeMap<>();
        state.read(name).map(root -> root.path("sources")).filter(JsonNode::isObject)
                .ifPresent(node -> node.properties().forEach(e -> entries.put(e.getKey(), e.getValue().asText())));
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
