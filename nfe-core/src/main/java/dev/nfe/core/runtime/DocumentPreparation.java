package dev.nfe.core.runtime;

import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Storage;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads, versions, deserializes and maps the documents of a bronze batch ahead of the caller, on a pool of threads,
 * and hands them back in the batch's order, so the rows a batch writer receives (and so its files) are the same
 * whatever the number of threads.
 *
 * <p>The work on the pool has no side effect: it reads bronze and computes. Quarantine writes, counters and silver
 * writes stay with the caller, in document order. Documents are prepared in chunks, and at most a few chunks per
 * thread are prepared ahead of the one the caller consumes, so memory stays bounded whatever the batch size. With
 * one thread nothing runs ahead: each document is prepared on the caller's thread when it asks for it. A failure
 * preparing a document (bronze unreadable) is thrown to the caller when it reaches that document.
 *
 * <p>One caller at a time; {@link #close()} stops the pool, abandoning the chunks prepared ahead.
 */
final class DocumentPreparation implements AutoCloseable {
    /** Documents per task handed to the pool. */
    private static final int CHUNK = 16;
    /** Chunks each thread may have prepared or in preparation ahead of the caller. */
    private static final int AHEAD_PER_THREAD = 4;

    private final Storage storage;
    private final SilverDocumentMapper mapper;
    private final String silverBatchId;
    private final int threads;
    private final ExecutorService pool;

    /**
     * A preparation of the documents of silver batch {@code silverBatchId} on {@code threads} threads.
     *
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    DocumentPreparation(Storage storage, Deserializer deserializer, String silverBatchId, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("Cannot prepare documents on " + threads + " threads: need at least 1");
        }
        this.storage = Objects.requireNonNull(storage, "storage");
        this.mapper = new SilverDocumentMapper(deserializer, silverBatchId);
        this.silverBatchId = silverBatchId;
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemonThreads(silverBatchId));
    }

    /** The prepared documents of {@code documents}, in their order, prepared as the iteration advances. */
    Iterator<PreparedDocument> prepare(List<BronzeDocument> documents) {
        List<BronzeDocument> all = List.copyOf(documents);
        if (pool == null) {
            return all.stream().map(this::prepare).iterator();
        }
        return new Ahead(all);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private PreparedDocument prepare(BronzeDocument document) {
        RawDocument raw = document.readFrom(storage);
        return new PreparedDocument(raw, mapper.map(raw, document.sha256()));
    }

    private static ThreadFactory daemonThreads(String batchId) {
        AtomicInteger next = new AtomicInteger(1);
        return task -> {
            Thread thread = new Thread(task, "nfe-transform-" + next.getAndIncrement() + "-" + batchId);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Prepares chunks on the pool ahead of the caller, and returns their documents in order. */
    private final class Ahead implements Iterator<PreparedDocument> {
        private final List<BronzeDocument> documents;
        private final ArrayDeque<Future<List<PreparedDocument>>> chunks = new ArrayDeque<>();
        private int nextChunkStart;
        private Iterator<PreparedDocument> current = Collections.emptyIterator();

        Ahead(List<BronzeDocument> documents) {
            this.documents = documents;
            submitAhead();
        }

        @Override
        public boolean hasNext() {
            return current.hasNext() || !chunks.isEmpty();
        }

        @Override
        public PreparedDocument next() {
            if (!current.hasNext()) {
                if (chunks.isEmpty()) {
                    throw new NoSuchElementException("No document left to prepare");
                }
                current = await(chunks.poll()).iterator();
                submitAhead();
            }
            return current.next();
        }

        private void submitAhead() {
            while (chunks.size() < threads * AHEAD_PER_THREAD && nextChunkStart < documents.size()) {
                List<BronzeDocument> chunk =
                        documents.subList(nextChunkStart, Math.min(documents.size(), nextChunkStart + CHUNK));
                nextChunkStart += chunk.size();
                chunks.add(pool.submit(() -> chunk.stream().map(DocumentPreparation.this::prepare).toList()));
            }
        }

        private List<PreparedDocument> await(Future<List<PreparedDocument>> chunk) {
            try {
                return chunk.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NfeException("Interrupted while preparing the documents of silver batch " + silverBatchId,
                        e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new NfeException("Cannot prepare a document of silver batch " + silverBatchId + ": "
                        + e.getCause(), e.getCause());
            }
        }
    }

    /**
     * One bronze document, read and deserialized, with what each of its outcomes became.
     *
     * @param raw its bytes
     * @param outcomes one per document the deserializer found in it, in its order
     */
    record PreparedDocument(RawDocument raw, List<SilverDocumentMapper.Outcome> outcomes) {
    }
}
