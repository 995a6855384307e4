package dev.nfe.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nfe.core.config.SilverBatching;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.NfeException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides which pending bronze batches go into each silver batch ({@link SilverBatching}), and records it before the
 * silver batch is written, so that a rerun after a crash writes the same silver batch from the same bronze batches.
 *
 * <p>A silver batch takes the first pending bronze batch and the consecutive pending ones of the same ingest date
 * after it, while their bytes stay within the target; its id is {@code <pipeline>.<first bronze batch id>}, so a
 * silver batch of one bronze batch has the id it always had. The plan, the list of its bronze batch ids, is a state
 * object {@code transform-plans/ingest_date=YYYY-MM-DD/<first bronze batch id>.json}, written before the silver batch
 * and kept after its bronze batches are marked done (together, with one write): it is the record of which bronze
 * batches the silver batch holds, so a run that lost the ledger finds the committed silver batch through it and
 * transforms none of its bronze batches again. A pending bronze batch named by a
 * plan is transformed only with that plan's other batches, whatever the run was asked for; a plan is never extended,
 * and is cut down to its first bronze batch when the batch is abandoned uncommitted at a deadline ({@link #abandoned}).
 * A pending bronze batch whose silver batch is committed without a plan (in a lake written before plans: a crash
 * between commit and mark, a batch whose quarantine could not be written, or a lost ledger) goes alone, as it was
 * committed.
 *
 * <p>Used by one transform run at a time (the stage's lease), which reads the plans of each ingest date once.
 */
final class SilverBatchPlanner {
    private static final String FOLDER = "transform-plans/";

    private final String pipeline;
    private final StateStore state;
    private final BronzeStore bronze;
    private final LayerReader silver;
    private final SilverBatching batching;
    private final Clock clock;
    private final Map<String, BronzeLayout.BatchKey> committed;
    /** By ingest date: each bronze batch id named by a plan, with the plan's ids. */
    private final Map<LocalDate, Map<String, List<String>>> plans = new HashMap<>();
    /** By ingest date: the ids of the silver batches committed. */
    private final Map<LocalDate, Set<String>> silverIds = new HashMap<>();

    /**
     * @param committed every committed bronze batch, pending or not, in ingest-date and id order
     * @param silver the committed silver batches
     */
    SilverBatchPlanner(String pipeline, StateStore state, BronzeStore bronze, LayerReader silver,
            SilverBatching batching, Clock clock, List<BronzeLayout.BatchKey> committed) {
        this.pipeline = pipeline;
        this.state = state;
        this.bronze = bronze;
        this.silver = silver;
        this.batching = batching;
        this.clock = clock;
        this.committed = committed.stream().collect(Collectors.toMap(BronzeLayout.BatchKey::batchId,
                Function.identity(), (a, b) -> a));
    }

    /** What to do with the pending bronze batches from one position on. */
    sealed interface Step permits Group, Held {
    }

    /**
     * Bronze batches to transform into one silver batch.
     *
     * @param silverId the silver batch id
     * @param ingestDate the ingest date of every bronze batch and of the silver batch
     * @param batches the bronze batches, in id order; never empty
     */
    record Group(String silverId, LocalDate ingestDate, List<BronzeBatch> batches) implements Step {
        Group {
            Objects.requireNonNull(silverId, "silverId");
            Objects.requireNonNull(ingestDate, "ingestDate");
            batches = List.copyOf(batches);
            if (batches.isEmpty()) {
                throw new IllegalArgumentException("Cannot plan silver batch " + silverId + " of no bronze batch");
            }
        }

        /** The documents of every bronze batch, in batch and extraction order. */
        List<BronzeDocument> documents() {
            return batches.stream().flatMap(batch -> batch.documents().stream()).toList();
        }

        List<String> bronzeIds() {
            return batches.stream().map(BronzeBatch::id).toList();
        }

        /** The bronze batch ids for a log line: one id, or the first and last with their count. */
        String describe() {
            return batches.size() == 1 ? batches.get(0).id()
                    : batches.get(0).id() + ".." + batches.get(batches.size() - 1).id() + " (" + batches.size()
                            + " bronze batches)";
        }
    }

    /**
     * Pending bronze batches of the current ingest day held back, because together they fall short of the target
     * and {@link SilverBatching#waitForFull()} is set.
     */
    record Held(LocalDate ingestDate, int batches, long bytes) implements Step {
    }

    /**
     * The silver batch that starts with {@code pending.get(from)}, gathering the pending batches after it; those in
     * {@code taken} belong to silver batches already planned in this run.
     *
     * @param named whether the run was asked for named batches, which never wait
     */
    Step next(List<BronzeLayout.BatchKey> pending, int from, Set<String> taken, boolean named) {
        BronzeLayout.BatchKey head = pending.get(from);
        Optional<List<String>> planned = planOf(head);
        if (planned.isPresent()) {
            List<String> ids = planned.get();
            return new Group(TransformStage.silverBatchId(pipeline, ids.get(0)), head.ingestDate(),
                    ids.stream().map(this::batch).toList());
        }
        BronzeBatch first = read(head);
        if (isCommittedAlone(head)) {
            return new Group(TransformStage.silverBatchId(pipeline, head.batchId()), head.ingestDate(), List.of(first));
        }
        List<BronzeBatch> batches = new ArrayList<>(List.of(first));
        long bytes = first.bytes();
        boolean full = false;
        int next = from + 1;
        for (; next < pending.size(); next++) {
            BronzeLayout.BatchKey key = pending.get(next);
            if (!key.ingestDate().equals(head.ingestDate()) || taken.contains(key.batchId())
                    || planOf(key).isPresent() || isCommittedAlone(key)) {
                break;
            }
            BronzeBatch batch = read(key);
            long size = batch.bytes();
            if (bytes + size > batching.targetBytes()) {
                full = true;
                break;
            }
            batches.add(batch);
            bytes += size;
        }
        boolean endOfDay = next == pending.size() || !pending.get(next).ingestDate().equals(head.ingestDate());
        boolean today = !head.ingestDate().isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (batching.waitForFull() && !named && !full && endOfDay && today && bytes < batching.targetBytes()) {
            return new Held(head.ingestDate(), batches.size(), bytes);
        }
        Group group = new Group(TransformStage.silverBatchId(pipeline, head.batchId()), head.ingestDate(), batches);
        record(group);
        return group;
    }

    /**
     * Plans {@code group}, abandoned uncommitted at a deadline, as its first bronze batch alone, so that a run with
     * as little time transforms at least that and the next silver batch gathers the rest: an abandoned batch left
     * nothing visible, so its plan may change.
     */
    void abandoned(Group group) {
        if (group.batches().size() > 1) {
            record(new Group(group.silverId(), group.ingestDate(), group.batches().subList(0, 1)));
            Map<String, List<String>> ofDate = plansOf(group.ingestDate());
            group.bronzeIds().subList(1, group.batches().size()).forEach(ofDate::remove);
        }
    }

    private void record(Group group) {
        ObjectNode root = StateStore.JSON.createObjectNode();
        root.put("silverBatch", group.silverId());
        ArrayNode ids = root.putArray("bronzeBatches");
        group.bronzeIds().forEach(ids::add);
        state.write(name(group.ingestDate(), group.batches().get(0).id()), root);
        Map<String, List<String>> ofDate = plansOf(group.ingestDate());
        group.bronzeIds().forEach(id -> ofDate.put(id, group.bronzeIds()));
    }

    private Optional<List<String>> planOf(BronzeLayout.BatchKey key) {
        return Optional.ofNullable(plansOf(key.ingestDate()).get(key.batchId()));
    }

    private Map<String, List<String>> plansOf(LocalDate ingestDate) {
        return plans.computeIfAbsent(ingestDate, date -> {
            Map<String, List<String>> byId = new HashMap<>();
            for (String name : state.names(folder(date))) {
                JsonNode plan = state.read(name).orElse(null);
                if (plan == null) {
                    continue;
                }
                List<String> ids = new ArrayList<>();
                plan.path("bronzeBatches").forEach(id -> ids.add(id.asText()));
                if (ids.isEmpty()) {
                    throw new NfeException("Cannot read transform plan " + state.path(name) + ": it names no bronze"
                            + " batch; restore it or delete it if its silver batch was never committed");
                }
                List<String> members = List.copyOf(ids);
                members.forEach(id -> byId.put(id, members));
            }
            return byId;
        });
    }

    private boolean isCommittedAlone(BronzeLayout.BatchKey key) {
        return silverIds.computeIfAbsent(key.ingestDate(), date -> {
            try (Stream<Batch> batches = silver.batches(date)) {
                return batches.map(Batch::id).collect(Collectors.toSet());
            }
        }).contains(TransformStage.silverBatchId(pipeline, key.batchId()));
    }

    private BronzeBatch batch(String id) {
        BronzeLayout.BatchKey key = committed.get(id);
        if (key == null) {
            throw new NfeException("Cannot transform the silver batch planned with bronze batch " + id
                    + ": that bronze batch has no manifest");
        }
        return read(key);
    }

    private BronzeBatch read(BronzeLayout.BatchKey key) {
        return bronze.read(key.manifestPath()).orElseThrow(() -> new NfeException(
                "Cannot transform bronze batch " + key.batchId() + ": its manifest " + key.manifestPath()
                        + " disappeared"));
    }

    private static String folder(LocalDate ingestDate) {
        return FOLDER + "ingest_date=" + ingestDate;
    }

    private static String name(LocalDate ingestDate, String firstBronzeId) {
        return folder(ingestDate) + "/" + SafeFileName.of(firstBronzeId) + ".json";
    }
}
