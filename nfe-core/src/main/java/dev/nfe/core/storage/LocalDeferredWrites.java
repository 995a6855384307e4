package dev.nfe.core.storage;

import dev.nfe.core.spi.DeferredWrites;
import dev.nfe.core.spi.OutputFile;
import dev.nfe.core.spi.TransientException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link DeferredWrites} of a {@link LocalStorage}: files are written to a temporary file and moved into place
 * without being forced, and the scope remembers each one and every directory between it and the root.
 * {@link #sync()} then forces the files, and after them the directories, so that their entries (the renames, and
 * directories created on the way) are on the disk too.
 *
 * <p>A sync of at least {@value #FILE_SYSTEM_SYNC_FROM} files, all on the root's device, is one {@code syncfs} of the
 * file system where the disk can ({@link DiskSync#forceFileSystem}): one write-back of everything, rather than one
 * {@code fsync} per file, which a file system without a journal pays with a disk write each. Otherwise the forcing
 * runs on up to {@value #THREADS} threads at once: one {@code fsync} after another waits for one journal commit
 * each, while concurrent ones share commits.
 */
final class LocalDeferredWrites implements DeferredWrites, LocalDurability {
    static final int THREADS = 16;
    static final int FILE_SYSTEM_SYNC_FROM = 64;

    private final LocalStorage storage;
    private final Path root;
    private final DiskSync disk;
    private final Set<Path> files = new LinkedHashSet<>();
    private final Set<Path> directories = new LinkedHashSet<>();

    LocalDeferredWrites(LocalStorage storage, DiskSync disk) {
        this.storage = storage;
        this.root = storage.root();
        this.disk = disk;
    }

    @Override
    public OutputFile newOutputFile(String path) {
        return storage.newOutputFile(path, this);
    }

    @Override
    public void beforePublish(FileChannel channel) {
        // deferred to sync()
    }

    @Override
    public void published(Path target) {
        files.add(target);
        Path directory = target.getParent();
        while (directory != null && directory.startsWith(root) && directories.add(directory)) {
            directory = directory.getParent();
        }
    }

    @Override
    public void sync() {
        if (files.isEmpty()) {
            return;
        }
        if (files.size() < FILE_SYSTEM_SYNC_FROM || !onRootDevice() || !forceFileSystem()) {
            forceEach();
        }
        files.clear();
        directories.clear();
    }

    private boolean forceFileSystem() {
        try {
            return disk.forceFileSystem(root);
        } catch (IOException e) {
            throw new TransientException("Cannot sync the writes under " + root + ": " + e.getMessage(), e);
        }
    }

    /** Whether every directory written to is on the root's device: no mount point between them. */
    private boolean onRootDevice() {
        try {
            Object device = Files.getAttribute(root, "unix:dev");
            for (Path directory : directories) {
                if (!device.equals(Files.getAttribute(directory, "unix:dev"))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private void forceEach() {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, files.size()), new SyncThreads());
        try {
            forceAll(pool, files);
            forceAll(pool, directories);
        } finally {
            pool.shutdownNow();
        }
    }

    private void forceAll(ExecutorService pool, Set<Path> paths) {
        List<Future<?>> forced = new ArrayList<>(paths.size());
        for (Path path : paths) {
            forced.add(pool.submit(() -> {
                disk.force(path);
                return null;
            }));
        }
        for (Future<?> future : forced) {
            try {
                future.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof IOException io ? LocalStorage.failure("sync", key(io), io)
                        : new TransientException("Cannot sync the writes under " + root + ": " + cause, cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransientException("Cannot sync the writes under " + root + ": interrupted", e);
            }
        }
    }

    private String key(IOException e) {
        return e instanceof FileSystemException fs && fs.getFile() != null
                ? root.relativize(Path.of(fs.getFile())).toString() : "the writes under " + root;
    }

    /** Daemon threads, so that a sync interrupted by a failure never keeps the JVM alive. */
    private static final class SyncThreads implements ThreadFactory {
        private final AtomicInteger created = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "nfe-local-sync-" + created.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
