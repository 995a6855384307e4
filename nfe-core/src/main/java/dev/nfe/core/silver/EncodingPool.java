package dev.nfe.core.silver;

import dev.nfe.core.spi.NfeException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a batch's {@link TableFileWriter}s encode rows on: each table's rows are encoded in order, one chunk
 * at a time, while other tables are encoded on the other threads, so the files are the same for any number of
 * threads. With one thread there is no pool and every row is encoded by the writing thread as it comes.
 *
 * <p>Chunks handed over and not yet encoded are bounded ({@value #QUEUED_CHUNKS_PER_THREAD} per thread): the writing
 * thread waits when they are all taken, so memory stays bounded whatever the batch size. {@link #close()} stops the
 * threads. Thread-safe.
 */
public final class EncodingPool implements AutoCloseable {
    /** Chunks each thread may have queued before the writing thread waits. */
    static final int QUEUED_CHUNKS_PER_THREAD = 8;
    /** One thread: rows are encoded by the thread that writes them. */
    public static final EncodingPool INLINE = new EncodingPool(1, "inline");

    private final ExecutorService executor;
    private final Semaphore queued;

    private EncodingPool(int threads, String name) {
        this.executor = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemonThreads(name));
        this.queued = new Semaphore(threads * QUEUED_CHUNKS_PER_THREAD);
    }

    /**
     * A pool of {@code threads} threads named after {@code name}, or {@link #INLINE} for one thread.
     *
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public static EncodingPool of(int threads, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("Cannot encode on " + threads + " threads: need at least 1");
        }
        return threads == 1 ? INLINE : new EncodingPool(threads, name);
    }

    /** Whether rows are encoded by the thread that writes them. */
    boolean inline() {
        return executor == null;
    }

    /** The executor of the pool's threads; only when not {@link #inline()}. */
    ExecutorService executor() {
        if (executor == null) {
            throw new IllegalStateException("An inline encoding pool has no threads");
        }
        return executor;
    }

    /** Takes a place for one chunk, waiting until one is free. */
    void acquire() {
        try {
            queued.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NfeException("Interrupted while waiting to encode rows", e);
        }
    }

    /** Gives back the place of a chunk encoded (or skipped). */
    void release() {
        queued.release();
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger next = new AtomicInteger(1);
        return task -> {
            Thread thread = new Thread(task, "nfe-encode-" + next.getAndIncrement() + "-" + name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
