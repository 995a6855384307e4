package dev.nfe.core.extract;

import dev.nfe.core.spi.SkippedEntry;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.TransientException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The entries of a folder listing, in listing order, with the files that are one unit each read ahead of their turn
 * on a few threads: reading a file waits on the storage (a system call on a local disk, a round trip on an object
 * store) and has no effect but its unit, so the files after the one being handled, and those after a page being
 * committed, are read meanwhile. The window ahead holds at most {@value #MAX_FILES} entries and about
 * {@value #MAX_BYTES} bytes of files read ahead (their listed sizes); zip archives are not read ahead (the caller
 * reads their entries in turn), and neither is a file the caller says it will not read whole.
 *
 * <p>What the caller sees is exactly what reading the files in turn gives: the same units in the same order, the
 * entries the listing passed over ({@link SkippedEntry}) in their place among the files, and a file's read failure
 * thrown when its turn comes, after every file before it. Used by one thread; {@link #close()} cancels the reads
 * still pending and closes the listing.
 */
final class FolderReadAhead implements AutoCloseable {
    static final int THREADS = 8;
    static final int MAX_FILES = 1024;
    static final long MAX_BYTES = 32L << 20;

    /** An entry of the listing, in its turn. */
    sealed interface Entry permits File, Skipped {
    }

    /**
     * A file to handle.
     *
     * @param object the listed file
     * @param unit its one unit, read ahead; empty for a file the caller reads in turn
     */
    record File(StoredObject object, Optional<Future<FolderFileReader.Unit>> unit) implements Entry {
        /**
         * The unit read ahead, waiting for it if needed.
         *
         * @throws TransientException if the storage could not read the file, as a read in turn would have thrown
         */
        FolderFileReader.Unit await() {
            Future<FolderFileReader.Unit> pending = unit.orElseThrow();
            try {
                return pending.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new TransientException("Cannot read " + object.path() + ": " + cause, cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransientException("Interrupted while reading " + object.path(), e);
            }
        }
    }

    /** An entry the listing passed over: not a regular file. */
    record Skipped(SkippedEntry entry) implements Entry {
    }

    private final FolderFileReader reader;
    private final Predicate<StoredObject> wanted;
    private final Predicate<StoredObject> readWhole;
    private final Deque<Entry> window = new ArrayDeque<>();
    private final Deque<Entry> passedOver = new ArrayDeque<>();
    private final ExecutorService readers = Executors.newFixedThreadPool(THREADS, new ReaderThreads());
    private final Stream<StoredObject> listing;
    private final Iterator<StoredObject> objects;
    private long bytesAhead;

    /**
     * Lists {@code prefix} of {@code storage}.
     *
     * @param wanted whether a listed file is to be handled at all; one that is not never appears
     * @param readWhole whether a wanted single-unit file is read whole in its turn, so that it may be read ahead
     */
    FolderReadAhead(Storage storage, String prefix, FolderFileReader reader, Predicate<StoredObject> wanted,
            Predicate<StoredObject> readWhole) {
        this.reader = reader;
        this.wanted = wanted;
        this.readWhole = readWhole;
        this.listing = storage.list(prefix, entry -> passedOver.add(new Skipped(entry)));
        this.objects = listing.iterator();
    }

    /** The next entry in listing order; empty after the last. */
    Optional<Entry> next() {
        fill();
        Entry head = window.poll();
        if (head instanceof File file && file.unit().isPresent()) {
            bytesAhead -= file.object().size();
        }
        return Optional.ofNullable(head);
    }

    private void fill() {
        while (window.size() < MAX_FILES && bytesAhead < MAX_BYTES && objects.hasNext()) {
            StoredObject object = objects.next();
            movePassedOver();
            if (wanted.test(object)) {
                window.add(ahead(object));
            }
        }
        movePassedOver();
    }

    /** Puts the entries the listing passed over so far in their place: before the object it gives next. */
    private void movePassedOver() {
        window.addAll(passedOver);
        passedOver.clear();
    }

    private File ahead(StoredObject object) {
        if (!FolderFileReader.isSingleUnit(object) || !readWhole.test(object)) {
            return new File(object, Optional.empty());
        }
        bytesAhead += object.size();
        return new File(object, Optional.of(readers.submit(() -> reader.readWhole(object))));
    }

    @Override
    public void close() {
        for (Entry entry : window) {
            if (entry instanceof File file) {
                file.unit().ifPresent(pending -> pending.cancel(true));
            }
        }
        window.clear();
        readers.shutdownNow();
        listing.close();
    }

    /** Daemon threads, so that reads left pending by a failure never keep the JVM alive. */
    private static final class ReaderThreads implements ThreadFactory {
        private final AtomicInteger created = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "nfe-folder-reader-" + created.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
