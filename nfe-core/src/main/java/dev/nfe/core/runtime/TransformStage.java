package dev.nfe.core.runtime;

import dev.nfe.core.config.SilverBatching;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.CatalogRegistrar;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The transform stage: turns the committed bronze batches not yet transformed into silver batches, in order of ingest
 * date and batch id, and never twice. Consecutive pending bronze batches of one ingest date go into one silver batch
 * up to {@code transform.batchBytes} ({@link SilverBatchPlanner}, which records the choice before the silver batch is
 * written, so that a rerun writes the same one).
 *
 * <p>For each silver batch: every document of its bronze batches is read, deserialized and mapped to silver rows by
 * the pipeline's {@link TransformEngine} (this JVM's threads, or a cluster), and its outcomes taken in the batches'
 * order, so the files do not depend on the engine's parallelism; parsed documents' rows go to silver, quarantined
 * ones go to {@code <silver>/_quarantine/} with their reason; the silver batch is committed (its manifest written
 * last), registered with the catalog, and only then are its bronze batches marked done in
 * {@code _state/<pipeline>/transform/}. The silver batch id is {@code <pipeline>.<first bronze batch id>} and its
 * ingest date the bronze batches', so a rerun rewrites the same files with the same bytes. A crash before the commit
 * leaves nothing visible and the rerun overwrites the batch's files; a crash after it makes the rerun meet
 * {@link CommitConflictException}, and it only writes the batch's quarantine again, registers the committed batch
 * with the catalog again (in case the crash came before) and marks its bronze batches done.
 *
 * <p>A quarantined document that cannot be written to quarantine (a storage failure) does not fail its batch: it is
 * kept out of silver, counted as quarantined and logged, the batch is committed but not marked done, and the next
 * run writes its quarantine again; the document stays in bronze meanwhile, so nothing is lost.
 *
 * <p>A batch starts only when more than the margin remains before the deadline; if the deadline passes during a
 * batch, the batch is abandoned uncommitted and the run returns a continuation naming its first bronze batch.
 */
final class TransformStage {
    private static final Logger log = LoggerFactory.getLogger(TransformStage.class);
    static final String NEXT = "transform.next";
    static final String PENDING = "transform.pending";

    private final String pipeline;
    private final Storage storage;
    private final BronzeStore bronze;
    private final BatchLedger ledger;
    private final Deserializer deserializer;
    private final TransformEngine engine;
    private final List<Table> tables = SilverTables.all();
    private final LayerWriter writer;
    private final CatalogRegistrar catalog;
    private final QuarantineWriter quarantine;
    private final String silverLayer;
    private final SilverBatching batching;
    private final Clock clock;
    private final StateStore state;

    /**
     * How one batch ended. {@code QUARANTINE_PENDING}: committed, but some quarantined documents could not be written
     * to quarantine; they stay in bronze, the batch is not marked done, and the next run writes them again.
     */
    private enum Outcome { COMMITTED, QUARANTINE_PENDING, ALREADY_COMMITTED, ABANDONED }

    TransformStage(String pipeline, Storage storage, BronzeStore bronze, StateStore state, Deserializer deserializer,
            TransformEngine engine, LayerWriter writer, CatalogRegistrar catalog, String silverLayer,
            SilverBatching batching, Clock clock) {
        this.pipeline = pipeline;
        this.storage = storage;
        this.bronze = bronze;
        this.ledger = new BatchLedger(state, "transform");
        this.deserializer = deserializer;
        this.engine = engine;
        this.writer = writer;
        this.catalog = catalog;
        this.quarantine = new QuarantineWriter(storage, silverLayer);
        this.silverLayer = silverLayer;
        this.batching = batching;
        this.clock = clock;
        this.state = state;
    }

    /** The id of the silver batch whose first bronze batch is {@code bronzeId}. */
    static String silverBatchId(String pipeline, String bronzeId) {
        return pipeline + "." + bronzeId;
    }

    Checkpoint run(StageRequest request, Deadline deadline, RunCounters counters) {
        Set<String> only = Set.copyOf(request.batchIds());
        List<BronzeLayout.BatchKey> committed = bronze.committed();
        List<BronzeLayout.BatchKey> pending = committed.stream()
                .filter(key -> request.window().map(window -> window.contains(key.ingestDate())).orElse(true))
                .filter(key -> only.isEmpty() || only.contains(key.batchId()))
                .filter(key -> !ledger.isDone(key.ingestDate(), key.batchId()))
                .toList();
        log.info("Transforming {} pending bronze batches", pending.size());
        SilverBatchPlanner planner = new SilverBatchPlanner(pipeline, state, bronze,
                writer.reader(storage, silverLayer), batching, clock, committed);
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < pending.size(); i++) {
            BronzeLayout.BatchKey key = pending.get(i);
            if (taken.contains(key.batchId())) {
                continue;
            }
            if (deadline.isNear()) {
                return stopped(pending, i, taken);
            }
            SilverBatchPlanner.Step step = planner.next(pending, i, taken, !only.isEmpty());
            if (step instanceof SilverBatchPlanner.Held held) {
                log.info("Holding {} pending bronze batches of ingest date {} ({} bytes, under transform.batchBytes"
                        + " {}) for a fuller silver batch: transform.waitForFullBatch is set; they are transformed"
                        + " once they reach it or the day is over", held.batches(), held.ingestDate(), held.bytes(),
                        batching.targetBytes());
                break;
            }
            SilverBatchPlanner.Group group = (SilverBatchPlanner.Group) step;
            Outcome outcome = transform(group, deadline, counters);
            if (outcome == Outcome.ABANDONED) {
                planner.abandoned(group);
                return stopped(pending, i, taken);
            }
            taken.addAll(group.bronzeIds());
            if (outcome != Outcome.QUARANTINE_PENDING) {
                ledger.markDone(group.ingestDate(), group.bronzeIds());
            }
        }
        return Checkpoint.empty();
    }

    /** The continuation of a run stopped at the deadline before {@code pending.get(next)}. */
    private static Checkpoint stopped(List<BronzeLayout.BatchKey> pending, int next, Set<String> taken) {
        long left = pending.stream().skip(next).filter(key -> !taken.contains(key.batchId())).count();
        String first = pending.get(next).batchId();
        log.info("Stopped before the deadline with {} bronze batches pending, next {}", left, first);
        return Continuations.of(Stage.TRANSFORM, Map.of(NEXT, first, PENDING, Long.toString(left)));
    }

    private Outcome transform(SilverBatchPlanner.Group group, Deadline deadline, RunCounters counters) {
        String silverId = group.silverId();
        MDC.put("batch", silverId);
        RunCounters.Snapshot before = counters.snapshot();
        QuarantineFailures failures = new QuarantineFailures();
        try {
            Outcome outcome = write(group, deadline, counters, before, failures);
            if (outcome == Outcome.ABANDONED) {
                counters.restore(before);
            }
            return outcome;
        } catch (CommitConflictException e) {
            counters.restore(before);
            return requarantine(group, deadline, counters);
        } finally {
            MDC.remove("batch");
        }
    }

    /**
     * Handles a silver batch already committed whose bronze batches are not marked done (a crash after the commit,
     * or quarantine writes that failed): writes its quarantine entries again (same names, same bytes) and leaves the
     * silver batch as it is.
     */
    private Outcome requarantine(SilverBatchPlanner.Group group, Deadline deadline, RunCounters counters) {
        String silverId = group.silverId();
        RunCounters.Snapshot before = counters.snapshot();
        QuarantineFailures failures = new QuarantineFailures();
        try {
            if (!engine.requarantine(work(group, deadline), outcomes(group, counters, failures))) {
                return Outcome.ABANDONED;
            }
        } finally {
            counters.restore(before);
        }
        if (failures.count > 0) {
            log.error("Silver batch {} is already committed but {} of its quarantined documents still could not be"
                    + " written to quarantine; bronze batches {} stay pending", silverId, failures.count,
                    group.describe());
            return Outcome.QUARANTINE_PENDING;
        }
        // a run that committed the batch may have stopped before the catalog heard of it; registering is idempotent
        writer.reader(storage, silverLayer).batch(group.ingestDate(), silverId)
                .ifPresent(committed -> catalog.register(committed, tables));
        log.info("Silver batch {} is already committed; rewrote its quarantine and marked bronze batches {} done",
                silverId, group.describe());
        return Outcome.ALREADY_COMMITTED;
    }

    private Outcome write(SilverBatchPlanner.Group group, Deadline deadline, RunCounters counters,
            RunCounters.Snapshot before, QuarantineFailures failures) {
        String silverId = group.silverId();
        Optional<Batch> transformed = engine.transform(work(group, deadline), outcomes(group, counters, failures));
        if (transformed.isEmpty()) {
            log.info("Abandoned silver batch {} uncommitted at the deadline", silverId);
            return Outcome.ABANDONED;
        }
        Batch committed = transformed.get();
        catalog.register(committed, tables);
        counters.batch(silverId);
        long quarantined = counters.quarantined() - before.quarantined();
        log.info("Committed silver batch {} from bronze batches {} documents={} quarantined={} files={}", silverId,
                group.describe(), group.documents().size(), quarantined, committed.files().size());
        if (quarantined > 0) {
            log.warn("Quarantined {} documents of bronze batches {} under {}/_quarantine/", quarantined,
                    group.describe(), silverLayer);
        }
        if (failures.count > 0) {
            log.error("Could not write {} quarantined documents of bronze batches {} to {}/_quarantine/; they stay"
                    + " in bronze and the next run writes them again", failures.count, group.describe(),
                    silverLayer);
            return Outcome.QUARANTINE_PENDING;
        }
        return Outcome.COMMITTED;
    }

    private SilverBatchWork work(SilverBatchPlanner.Group group, Deadline deadline) {
        BatchTarget target = new BatchTarget(silverLayer, group.silverId(), group.ingestDate(), tables);
        return new SilverBatchWork(target, group.documents(), storage, deserializer, writer, deadline::hasPassed);
    }

    /** The stage's side of a batch's outcomes: counters, and quarantine writes in document order. */
    private TransformEngine.DocumentOutcomes outcomes(SilverBatchPlanner.Group group, RunCounters counters,
            QuarantineFailures failures) {
        return new TransformEngine.DocumentOutcomes() {
            @Override
            public void read(long bytes) {
                counters.seen(1, bytes);
                counters.report();
            }

            @Override
            public void mapped(int warnings) {
                counters.written(1);
                counters.warnings(warnings);
            }

            @Override
            public void quarantined(ParseOutcome.Quarantined quarantined) {
                quarantine(quarantined, group, counters, failures);
            }
        };
    }

    /**
     * Quarantines one document. A failure to write it does not fail the batch: the document is still kept out of
     * silver and counted as quarantined, and the failure is counted so that the batch stays pending.
     */
    private void quarantine(ParseOutcome.Quarantined quarantined, SilverBatchPlanner.Group group,
            RunCounters counters, QuarantineFailures failures) {
        counters.quarantined(1);
        try {
            quarantine.write(quarantined, group.silverId(), group.ingestDate());
            log.debug("Quarantined document {}", quarantined.document().id());
        } catch (NfeException | UncheckedIOException e) {
            failures.count++;
            log.error("Could not quarantine a document of bronze batches {} ({}); it stays in bronze and is retried on"
                    + " the next run", group.describe(), e.getMessage());
        }
    }

    /** The quarantine writes that failed during one batch. */
    private static final class QuarantineFailures {
        private int count;
    }
}
