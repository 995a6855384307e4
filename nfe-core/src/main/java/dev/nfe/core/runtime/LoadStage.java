package dev.nfe.core.runtime;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.Loader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The load stage: hands the pipeline's committed silver batches that are not loaded yet to the {@link Loader}, in
 * order of ingest date and batch id, up to {@value #BATCHES_PER_CALL} batches per call (a warehouse connection, or an
 * embedded server, is opened once per call), then marks each done in {@code _state/<pipeline>/load/}. The loader's
 * own load log makes a repeated load a no-op, so a crash between a load and its mark costs one
 * {@code ALREADY_LOADED} result. A call starts only when more than the margin remains before the deadline.
 */
final class LoadStage {
    private static final Logger log = LoggerFactory.getLogger(LoadStage.class);
    static final String NEXT = "load.next";
    static final String PENDING = "load.pending";
    static final int BATCHES_PER_CALL = 16;

    private final String pipeline;
    private final Loader loader;
    private final Supplier<Stream<Batch>> silverBatches;
    private final BatchLedger ledger;

    /**
     * @param silverBatches the committed batches of the silver layer, of every pipeline sharing it, in order
     */
    LoadStage(String pipeline, Loader loader, Supplier<Stream<Batch>> silverBatches, StateStore state) {
        this.pipeline = pipeline;
        this.loader = loader;
        this.silverBatches = silverBatches;
        this.ledger = new BatchLedger(state, "load");
    }

    Checkpoint run(StageRequest request, Deadline deadline, RunCounters counters) {
        Set<String> only = Set.copyOf(request.batchIds());
        List<Batch> pending;
        try (Stream<Batch> batches = silverBatches.get()) {
            pending = batches
                    .filter(batch -> batch.id().startsWith(pipeline + "."))
                    .filter(batch -> request.window().map(window -> window.contains(batch.ingestDate())).orElse(true))
                    .filter(batch -> only.isEmpty() || only.contains(batch.id()))
                    .filter(batch -> !ledger.isDone(batch.ingestDate(), batch.id()))
                    .toList();
        }
        log.info("Loading {} pending silver batches", pending.size());
        for (int i = 0; i < pending.size(); i += BATCHES_PER_CALL) {
            if (deadline.isNear()) {
                log.info("Stopped before the deadline with {} silver batches pending, next {}", pending.size() - i,
                        pending.get(i).id());
                return Continuations.of(Stage.LOAD,
                        Map.of(NEXT, pending.get(i).id(), PENDING, Integer.toString(pending.size() - i)));
            }
            List<Batch> call = pending.subList(i, Math.min(pending.size(), i + BATCHES_PER_CALL));
            load(call, counters);
        }
        return Checkpoint.empty();
    }

    private void load(List<Batch> batches, RunCounters counters) {
        Map<String, Batch> byId = new HashMap<>();
        for (Batch batch : batches) {
            byId.put(batch.id(), batch);
            counters.seen(1, batch.files().stream().mapToLong(BatchFile::bytes).sum());
        }
        for (Loader.LoadResult result : loader.load(batches)) {
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
                ledger.markDone(batch.ingestDate(), batch.id());
            } finally {
                MDC.remove("batch");
            }
        }
        counters.report();
    }
}
