package dev.nfe.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.DeferredWrites;
import dev.nfe.core.spi.ExtractSink;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.SourceLedger;
import dev.nfe.core.spi.TransientException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The runtime's side of an extraction: writes each committed page to bronze as one batch and then persists the
 * extractor's checkpoint, in this order:
 * <ol>
 *   <li>for each document version not already in bronze ({@link DocumentClaims}, by {@link BronzeId}: the same
 *       content is kept once, every distinct version of a chave is kept): its claim and its bytes, exactly as
 *       received, under the batch's folder, as {@linkplain DeferredWrites deferred writes} (the claims on the
 *       committing thread, the documents on a second one);</li>
 *   <li>the sync of those writes, the batch's only durability barrier: every claim and document is durable before
 *       anything names them;</li>
 *   <li>the batch's manifest, created only if absent and synced on its own: the commit, after which transform sees
 *       the batch, durable before anything below is written;</li>
 *   <li>the extract state ({@code _state/<pipeline>/extract.json}): the checkpoint after the page and the next batch
 *       number.</li>
 * </ol>
 * A crash or power loss before the manifest leaves unnamed objects, some perhaps lost, that the next attempt
 * overwrites under the same batch id (the state, hence the batch number, did not move; the claims name a manifest
 * that does not exist, so they count for nothing); a crash after it makes the next attempt find every document of the
 * page committed, so the page adds nothing and only the state moves. A page without new documents commits no batch.
 *
 * <p>Batch ids are {@code YYYYMMDD-NNNNNN}: the ingest date (UTC, from the clock) and a number counting the day's
 * batches, so they sort in commit order. One extraction at a time per pipeline.
 */
final class BronzeWriter implements ExtractSink {
    static final String STATE = "extract.json";
    private static final Logger log = LoggerFactory.getLogger(BronzeWriter.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final BronzeStore bronze;
    private final DocumentClaims claims;
    private final StateStore state;
    private final Clock clock;
    private final Deadline deadline;
    private final RunCounters counters;
    private final StateLedger ledger;
    private final boolean versionedClaimsOnly;
    private Optional<LocalDate> sequenceDate;
    private long nextNumber;
    private Checkpoint committed;

    private BronzeWriter(BronzeStore bronze, StateStore state, Clock clock, Deadline deadline, RunCounters counters,
            ExtractState start) {
        this.bronze = bronze;
        this.claims = new DocumentClaims(state, bronze);
        this.state = state;
        this.clock = clock;
        this.deadline = deadline;
        this.counters = counters;
        this.ledger = new StateLedger(state, new RejectedInputs(state), clock, counters);
        this.sequenceDate = start.sequenceDate();
        this.nextNumber = start.nextNumber();
        this.committed = start.checkpoint();
        // a claim counts only if it names a committed batch: without one, whatever claims a crash left count for nothing
        this.versionedClaimsOnly = start.versionedClaimsOnly() || !bronze.hasBatches();
    }

    /** A writer continuing from the stored extract state. */
    static BronzeWriter resume(BronzeStore bronze, StateStore state, Clock clock, Deadline deadline,
            RunCounters counters) {
        return new BronzeWriter(bronze, state, clock, deadline, counters, ExtractState.read(state));
    }

    /** The extractor checkpoint stored by the last committed page; empty before the first. */
    Checkpoint storedCheckpoint() {
        return committed;
    }

    @Override
    public void commit(List<RawDocument> page, Checkpoint next) {
        if (deadline.isRevoked()) {
            throw new CommitConflictException("Cannot commit a page of " + page.size() + " documents to bronze: this"
                    + " run lost its lease on the extract stage; nothing of the page is written");
        }
        LocalDate ingestDate = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Set<String> inPage = new HashSet<>();
        List<Fresh> fresh = new ArrayList<>();
        long duplicates = 0;
        for (Checked checked : check(page)) {
            RawDocument received = checked.received();
            counters.seen(1, received.size());
            BronzeId id = checked.id();
            if (!inPage.add(id.id()) || checked.committed()) {
                duplicates++;
                log.debug("Skipped document {}: already in bronze", id.id());
            } else {
                fresh.add(new Fresh(id, received));
            }
        }
        counters.duplicates(duplicates);
        if (!fresh.isEmpty()) {
            writeBatch(fresh, ingestDate);
        }
        committed = next;
        ExtractState.write(state, new ExtractState(next, sequenceDate, nextNumber, versionedClaimsOnly));
        counters.report();
    }

    /**
     * Each document of {@code page} with its bronze id and whether that id is already committed, in page order. The
     * documents are hashed and looked up on the common pool: each is independent of the others, and the lookups are
     * reads of claims, which wait on the storage.
     */
    private List<Checked> check(List<RawDocument> page) {
        return page.parallelStream().map(received -> {
            BronzeId id = BronzeId.of(received);
            return new Checked(received, id, isCommitted(id));
        }).toList();
    }

    /** A received document, its bronze id, and whether bronze already holds it. */
    private record Checked(RawDocument received, BronzeId id, boolean committed) {
    }

    /**
     * Whether {@code id} is committed: its claim, or, in a lake that may hold claims under bare chave ids, the claim
     * of its chave with the same bytes. A lake holds none when the extract state says so; that is recorded once an
     * extraction found no committed batch at its start, and dropped whenever a writer that does not know it rewrites
     * the state, or the state is deleted, so the second lookup comes back wherever such claims could have been
     * written.
     */
    private boolean isCommitted(BronzeId id) {
        return claims.isCommitted(id.id()) || !versionedClaimsOnly
                && id.base().filter(base -> claims.isCommittedWith(base, id.storedHash())).isPresent();
    }

    /**
     * A document to write under its bronze id, which also holds the SHA-256 of its bytes. The received document is
     * kept as it is, so a page holds each document's bytes once.
     */
    private record Fresh(BronzeId id, RawDocument document) {
    }

    private void writeBatch(List<Fresh> documents, LocalDate ingestDate) {
        String batchId = freeBatchId(ingestDate);
        String manifest = bronze.manifestPath(ingestDate, batchId);
        MDC.put("batch", batchId);
        try {
            List<BronzeDocument> written = writeClaimsAndDocuments(documents, manifest, ingestDate, batchId);
            BronzeBatch batch = new BronzeBatch(bronze.pipeline(), batchId, ingestDate, written);
            bronze.commit(batch);
            claims.committed(batch, manifest);
            counters.written(written.size());
            counters.batch(batchId);
            log.info("Committed bronze batch {} documents={} bytes={}", batchId, written.size(), batch.bytes());
        } finally {
            MDC.remove("batch");
        }
    }

    /**
     * Writes the claims of {@code documents} on this thread and their bytes on a thread of its own, each through a
     * scope of deferred writes of its own, and syncs both: claims and documents go to different folders, so the two
     * threads' file creations do not wait for each other. When this returns, every claim and document is durable;
     * when it throws, neither thread writes anything more.
     *
     * @return the documents' manifest entries, in page order
     */
    private List<BronzeDocument> writeClaimsAndDocuments(List<Fresh> documents, String manifest, LocalDate ingestDate,
            String batchId) {
        DeferredWrites claimWrites = bronze.deferredWrites();
        DeferredWrites documentWrites = bronze.deferredWrites();
        FutureTask<List<BronzeDocument>> writing = new FutureTask<>(() -> {
            List<BronzeDocument> written = new ArrayList<>(documents.size());
            for (Fresh fresh : documents) {
                written.add(bronze.writeDocument(documentWrites, fresh.id().id(), fresh.document(),
                        fresh.id().storedHash(), ingestDate, batchId));
            }
            return written;
        });
        Thread writer = new Thread(writing, "nfe-bronze-writer");
        writer.setDaemon(true);
        writer.start();
        try {
            for (Fresh fresh : documents) {
                claims.claim(claimWrites, fresh.id().id(), manifest);
            }
        } catch (RuntimeException | Error e) {
            awaitQuietly(writing).ifPresent(e::addSuppressed);
            throw e;
        }
        List<BronzeDocument> written = await(writing);
        documentWrites.sync();
        claimWrites.sync();
        return written;
    }

    private static List<BronzeDocument> await(FutureTask<List<BronzeDocument>> writing) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return writing.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new TransientException("Cannot write a bronze batch's documents: " + cause, cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for {@code writing} to end; its failure, if it failed. */
    private static Optional<Throwable> awaitQuietly(FutureTask<List<BronzeDocument>> writing) {
        try {
            await(writing);
            return Optional.empty();
        } catch (RuntimeException | Error e) {
            return Optional.of(e);
        }
    }

    /**
     * The first batch id of {@code ingestDate}, from the stored number on, whose manifest does not exist. A manifest
     * can exist under the stored number when a crash came between the commit and the state update.
     */
    private String freeBatchId(LocalDate ingestDate) {
        if (sequenceDate.filter(ingestDate::equals).isEmpty()) {
            sequenceDate = Optional.of(ingestDate);
            nextNumber = 1;
        }
        String id = batchId(ingestDate, nextNumber);
        while (bronze.exists(bronze.manifestPath(ingestDate, id))) {
            nextNumber++;
            id = batchId(ingestDate, nextNumber);
        }
        nextNumber++;
        return id;
    }

    private static String batchId(LocalDate ingestDate, long number) {
        return DAY.format(ingestDate) + "-" + String.format(Locale.ROOT, "%06d", number);
    }

    @Override
    public Instant deadline() {
        return deadline.instant();
    }

    @Override
    public SourceLedger ledger() {
        return ledger;
    }

    /**
     * The stored extract state.
     *
     * @param checkpoint the extractor's checkpoint after the last committed page
     * @param sequenceDate the ingest date of the last batch
     * @param nextNumber the number of the next batch of that date
     * @param versionedClaimsOnly whether every claim of the lake is under a versioned {@link BronzeId}, none under
     *     the bare chave of lakes written before
     */
    record ExtractState(Checkpoint checkpoint, Optional<LocalDate> sequenceDate, long nextNumber,
            boolean versionedClaimsOnly) {
        private static final String CLAIM_IDS = "claimIds";
        private static final String VERSIONED = "versioned";

        static ExtractState read(StateStore state) {
            Optional<JsonNode> stored = state.read(STATE);
            if (stored.isEmpty()) {
                return new ExtractState(Checkpoint.empty(), Optional.empty(), 1, false);
            }
            JsonNode root = stored.get();
            Map<String, String> values = new TreeMap<>();
            root.path("checkpoint").properties().forEach(field -> values.put(field.getKey(), field.getValue().asText()));
            String date = root.path("batchDate").asText("");
            return new ExtractState(new Checkpoint(values),
                    date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date)),
                    root.path("nextBatch").asLong(1), VERSIONED.equals(root.path(CLAIM_IDS).asText("")));
        }

        static void write(StateStore state, ExtractState extract) {
            ObjectNode root = StateStore.JSON.createObjectNode();
            ObjectNode values = root.putObject("checkpoint");
            extract.checkpoint().values().forEach(values::put);
            extract.sequenceDate().ifPresent(date -> root.put("batchDate", date.toString()));
            root.put("nextBatch", extract.nextNumber());
            if (extract.versionedClaimsOnly()) {
                root.put(CLAIM_IDS, VERSIONED);
            }
            state.write(STATE, root);
        }
    }
}
