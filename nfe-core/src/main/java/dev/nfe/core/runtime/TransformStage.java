package dev.nfe.core.runtime;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.CatalogRegistrar;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.silver.DocumentVersion;
import dev.nfe.core.silver.SilverRows;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The transform stage: turns each committed bronze batch not yet transformed into one silver batch, in order of
 * ingest date and batch id, and never twice.
 *
 * <p>For each bronze batch: every document is read and deserialized; parsed documents become silver rows, quarantined
 * ones go to {@code <silver>/_quarantine/} with their reason; the silver batch is committed (its manifest written
 * last), registered with the catalog, and only then marked done in {@code _state/<pipeline>/transform/}. The silver
 * batch id is {@code <pipeline>.<bronze batch id>} and its ingest date the bronze batch's, so a rerun rewrites the same
 * files with the same bytes. A crash before the commit leaves nothing visible and the rerun overwrites the batch's
 * files; a crash after it makes the rerun meet {@link CommitConflictException}, and it only marks the batch done.
 *
 * <p>A batch starts only when more than the margin remains before the deadline; if the deadline passes during a
 * batch, the batch is abandoned uncommitted and the run returns a continuation naming it.
 */
final class TransformStage {
    private static final Logger log = LoggerFactory.getLogger(TransformStage.class);
    static final String NEXT = "transform.next";
    static final String PENDING = "transform.pending";
    /** The finding of a parsed document whose values do not fit the silver columns. */
    static final String UNMAPPABLE = "SILVER_UNMAPPABLE";

    private final String pipeline;
    private final Storage storage;
    private final BronzeStore bronze;
    private final BatchLedger ledger;
    private final Deserializer deserializer;
    private final List<Table> tables = SilverTables.all();
    private final LayerWriter writer;
    private final CatalogRegistrar catalog;
    private final QuarantineWriter quarantine;
    private final String silverLayer;

    /** How one batch ended. */
    private enum Outcome { COMMITTED, ALREADY_COMMITTED, ABANDONED }

    TransformStage(String pipeline, Storage storage, BronzeStore bronze, StateStore state, Deserializer deserializer,
            LayerWriter writer, CatalogRegistrar catalog, String silverLayer) {
        this.pipeline = pipeline;
        this.storage = storage;
        this.bronze = bronze;
        this.ledger = new BatchLedger(state, "transform");
        this.deserializer = deserializer;
        this.writer = writer;
        this.catalog = catalog;
        this.quarantine = new QuarantineWriter(storage, silverLayer);
        this.silverLayer = silverLayer;
    }

    /** The silver batch id made from bronze batch {@code bronzeId}. */
    static String silverBatchId(String pipeline, String bronzeId) {
        return pipeline + "." + bronzeId;
    }

    Checkpoint run(StageRequest request, Deadline deadline, RunCounters counters) {
        Set<String> only = Set.copyOf(request.batchIds());
        List<BronzeLayout.BatchKey> pending = bronze.committed().stream()
                .filter(key -> request.window().map(window -> window.contains(key.ingestDate())).orElse(true))
                .filter(key -> only.isEmpty() || only.contains(key.batchId()))
                .filter(key -> !ledger.isDone(key.ingestDate(), key.batchId()))
                .toList();
        log.info("Transforming {} pending bronze batches", pending.size());
        for (int i = 0; i < pending.size(); i++) {
            BronzeLayout.BatchKey key = pending.get(i);
            if (deadline.isNear() || transform(key, deadline, counters) == Outcome.ABANDONED) {
                log.info("Stopped before the deadline with {} bronze batches pending, next {}", pending.size() - i,
                        key.batchId());
                return Continuations.of(Stage.TRANSFORM,
                        Map.of(NEXT, key.batchId(), PENDING, Integer.toString(pending.size() - i)));
            }
            ledger.markDone(key.ingestDate(), key.batchId());
        }
        return Checkpoint.empty();
    }

    private Outcome transform(BronzeLayout.BatchKey key, Deadline deadline, RunCounters counters) {
        BronzeBatch batch = bronze.read(key.manifestPath()).orElseThrow(() -> new NfeException(
                "Cannot transform bronze batch " + key.batchId() + ": its manifest " + key.manifestPath()
                        + " disappeared"));
        String silverId = silverBatchId(pipeline, batch.id());
        MDC.put("batch", silverId);
        RunCounters.Snapshot before = counters.snapshot();
        try {
            Outcome outcome = write(batch, silverId, deadline, counters, before);
            if (outcome == Outcome.ABANDONED) {
                counters.restore(before);
            }
            return outcome;
        } catch (CommitConflictException e) {
            counters.restore(before);
            log.info("Silver batch {} is already committed; marking bronze batch {} done", silverId, batch.id());
            return Outcome.ALREADY_COMMITTED;
        } finally {
            MDC.remove("batch");
        }
    }

    private Outcome write(BronzeBatch batch, String silverId, Deadline deadline, RunCounters counters,
            RunCounters.Snapshot before) {
        BatchTarget target = new BatchTarget(silverLayer, silverId, batch.ingestDate(), tables);
        try (BatchWriter rows = writer.open(storage, target)) {
            for (BronzeDocument document : batch.documents()) {
                if (deadline.hasPassed()) {
                    log.info("Abandoned silver batch {} uncommitted at the deadline", silverId);
                    return Outcome.ABANDONED;
                }
                RawDocument raw = bronze.read(document);
                counters.seen(1, raw.size());
                DocumentVersion version = DocumentVersion.of(document.sha256(), raw.openStream());
                deserializer.deserialize(raw,
                        outcome -> take(outcome, raw, version, rows, silverId, batch, counters));
                counters.report();
            }
            Batch committed = rows.commit();
            catalog.register(committed, tables);
            counters.batch(silverId);
            long quarantined = counters.quarantined() - before.quarantined();
            log.info("Committed silver batch {} from bronze batch {} documents={} quarantined={} files={}", silverId,
                    batch.id(), batch.documents().size(), quarantined, committed.files().size());
            if (quarantined > 0) {
                log.warn("Quarantined {} documents of bronze batch {} under {}/_quarantine/", quarantined, batch.id(),
                        silverLayer);
            }
            return Outcome.COMMITTED;
        }
    }

    private void take(ParseOutcome outcome, RawDocument raw, DocumentVersion version, BatchWriter rows, String silverId, BronzeBatch batch,
            RunCounters counters) {
        if (outcome instanceof ParseOutcome.Quarantined quarantined) {
            quarantine(quarantined, silverId, batch, counters);
            return;
        }
        ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
        List<TableRow> documentRows = new ArrayList<>();
        try {
            // every row of the document is made before any is written, so that a value the mapper refuses (a
            // decimal finer than its column) sends the whole document to quarantine, not half of it to silver
            SilverRows.emit(parsed.document(), version, silverId, parsed.source(),
                    (table, row) -> documentRows.add(new TableRow(table, row)));
        } catch (NfeException e) {
            List<Finding> findings = new ArrayList<>(parsed.findings());
            findings.add(Finding.error(UNMAPPABLE, "", e.getMessage()));
            quarantine(new ParseOutcome.Quarantined(raw, findings), silverId, batch, counters);
            return;
        }
        documentRows.forEach(row -> rows.write(row.table(), row.row()));
        counters.written(1);
        counters.warnings(parsed.findings().size());
    }

    private void quarantine(ParseOutcome.Quarantined quarantined, String silverId, BronzeBatch batch,
            RunCounters counters) {
        quarantine.write(quarantined, silverId, batch.ingestDate());
        counters.quarantined(1);
        log.debug("Quarantined document {}", quarantined.document().id());
    }

    /** One silver row with its table. */
    private record TableRow(Table table, Row row) {
    }
}
