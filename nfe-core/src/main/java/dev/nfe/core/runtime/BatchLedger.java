package dev.nfe.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which batches a stage has finished, kept as one state object per ingest date
 * ({@code _state/<pipeline>/<stage>/ingest_date=YYYY-MM-DD.json}, a sorted list of batch ids), so that each object
 * stays small however long the pipeline runs. A batch is marked done after its output is committed; the stage treats
 * an output that exists without the mark (a crash between the two) as done and only adds the mark. One run of a stage
 * at a time per pipeline.
 */
final class BatchLedger {
    private final StateStore state;
    private final String stage;
    private final Map<LocalDate, SortedSet<String>> done = new HashMap<>();

    BatchLedger(StateStore state, String stage) {
        this.state = state;
        this.stage = stage;
    }

    boolean isDone(LocalDate ingestDate, String batchId) {
        return ids(ingestDate).contains(batchId);
    }

    void markDone(LocalDate ingestDate, String batchId) {
        markDone(ingestDate, List.of(batchId));
    }

    /** Marks the batches {@code batchIds} of {@code ingestDate} done together, with one write. */
    void markDone(LocalDate ingestDate, List<String> batchIds) {
        SortedSet<String> ids = ids(ingestDate);
        if (!ids.addAll(batchIds)) {
            return;
        }
        ObjectNode root = StateStore.JSON.createObjectNode();
        ArrayNode array = root.putArray("done");
        ids.forEach(array::add);
        state.write(name(ingestDate), root);
    }

    private SortedSet<String> ids(LocalDate ingestDate) {
        return done.computeIfAbsent(ingestDate, date -> {
            SortedSet<String> ids = new TreeSet<>();
            state.read(name(date)).ifPresent(root -> {
                for (JsonNode id : root.path("done")) {
                    ids.add(id.asText());
                }
            });
            return ids;
        });
    }

    private String name(LocalDate ingestDate) {
        return stage + "/ingest_date=" + ingestDate + ".json";
    }
}
