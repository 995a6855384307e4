package dev.nfe.core.runtime;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.Loader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The load stage: hands the pipeline's committed silver batches that are not loaded yet to the {@link Loader}, in
 * order of ingest date and batch id, up to {@value #BATCHES_PER_CALL} batches per call (a warehouse connection, or an
 * embedded server, is opened once per call), then marks each done in {@code _state/<pipeline>/load/}. The loader's
 * own load log makes a repeated load a no-op, so a crash between a load and its mark costs one
 * {@code ALREADY_LOADED} result.
 *
 * <p>A call starts only when more than the margin remains before the deadline, and under a deadline it carries only
 * the batches expected to finish before the margin begins, from the time the batches of this run's earlier calls
 * took: the first call carries one batch, to measure. A loader call cannot be interrupted, so this is what keeps a
 * long load inside the deadline; when not even one batch is expected to fit, the stage returns its continuation.
 */
final class LoadStage {
    private static final Logger log = LoggerFactory.getLogger(LoadStage.class);
    static final String NEXT = "load.next";
    static final String PENDING = "load.pending";
    static final int BATCHES_PER_CALL = 16;

    private final String pipeline;
    private final Loader loader;
    private final LayerReader silver;
    private final BatchLedger ledger;
    private final Clock clock;

    /**
     * @param silver the reader of the silver layer, shared by every pipeline writing it
     * @param clock measures how long loader calls take
     */
    LoadStage(String pipeline, Loader loader, LayerReader silver, StateStore state, Clock clock) {
        this.pipeline = pipeline;
        this.loader = loader;
        this.silver = silver;
        this.ledger = new BatchLedger(state, "load");
        this.clock = clock;
    }

    Checkpoint run(StageRequest request, Deadline deadline, RunCounters counters) {
        Set<String> only = Set.copyOf(request.batchIds());
        List<Batch> pending;
        // A load of silver as of a time rebuilds a warehouse, which may not be the one the ledger speaks for: it
        // neither consults nor moves the ledger, and the warehouse's own load log keeps it exactly once.
        boolean rebuild = request.silverAsOf().isPresent();
        LayerReader source = request.silverAsOf().map(silver::asOf).orElse(silver);
        try (Stream<Batch> batches = source.batches()) {
            pending = batches
                    .filter(batch -> batch.id().startsWith(pipeline + "."))
                    .filter(batch -> request.window().map(window -> window.contains(batch.ingestDate())).orElse(true))
                    .filter(batch -> only.isEmpty() || only.contains(batch.id()))
                    .filter(batch -> rebuild || !ledger.isDone(batch.ingestDate(), batch.id()))
                    .toList();
        }
        log.info("Loading {} pending silver batches", pending.size());
        Optional<Duration> perBatch = Optional.empty();
        Duration spent = Duration.ZERO;
        int next = 0;
        while (next < pending.size()) {
            int size = deadline.isNear() ? 0 : callSize(deadline, perBatch);
            if (size == 0) {
                log.info("Stopped before the deadline with {} silver batches pending, next {}", pending.size() - next,
                        pending.get(next).id());
                return Continuations.of(Stage.LOAD,
                        Map.of(NEXT, pending.get(next).id(), PENDING, Integer.toString(pending.size() - next)));
            }
            List<Batch> call = pending.subList(next, Math.min(pending.size(), next + size));
            Instant started = clock.instant();
            load(call, source, !rebuild, counters);
            spent = spent.plus(Duration.between(started, clock.instant()));
            next += call.size();
            perBatch = Optional.of(spent.dividedBy(next));
        }
        return Checkpoint.empty();
    }

    /** How many batches the next call carries: as many as are expected to end before the margin begins. */
    private static int callSize(Deadline deadline, Optional<Duration> perBatch) {
        if (!deadline.isSet()) {
            return BATCHES_PER_CALL;
        }
        if (perBatch.isEmpty()) {
            return 1;
        }
        if (perBatch.get().isZero()) {
            return BATCHES_PER_CALL;
        }
        return (int) Math.min(BATCHES_PER_CALL, deadline.untilNear().toMillis() / Math.max(1,
                perBatch.get().toMillis()));
    }

    private void load(List<Batch> batches, LayerReader source, boolean markDone, RunCounters counters) {
        Map<String, Batch> byId = new HashMap<>();
        for (Batch batch : batches) {
            byId.put(batch.id(), batch);
            counters.seen(1, batch.files().stream().mapToLong(BatchFile::bytes).sum());
        }
        for (Loader.LoadResult result : loader.load(batches, source)) {
            Batch batch = byId.get(result.batchId());
            MDC.put("batch", result.batchId());
            try {
                if (result.status() == Loader.LoadResult.Status.LOADED) {
                    counters.written(1);
                    counters.batch(result.batchId());
                    log.info("Loaded silver batch {} rows={}", result.batchId(), result.rowsByTable());
                } else {
                    counters.duplicates(1);
                    log.info("Silver batch {} was already loaded", result.batchId());
                }
                if (markDone) {
                    ledger.markDone(batch.ingestDate(), batch.id());
                }
            } finally {
                MDC.remove("batch");
            }
        }
        counters.report();
    }
}
