package dev.nfe.redshift;

import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.TransientException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exclusive lock of one embedded data directory, held by the process whose server uses it from before the server
 * starts until after it stops: the file {@code <data directory>.lock} beside the directory (so that removing a
 * half-initialised directory keeps it), locked with an operating system file lock and holding the owner's process id
 * for messages. The operating system releases the lock when its owner dies, however it dies, so a dead run never
 * blocks the next one, and whoever holds the lock knows that any server still running in the directory was left by a
 * dead run. A second process waits for the lock; a second holder in the same JVM is refused, as the operating system
 * cannot tell two holders of one process apart.
 */
final class DataDirectoryLock implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DataDirectoryLock.class);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code dataDirectory}. */
    static Path fileOf(Path dataDirectory) {
        Path absolute = dataDirectory.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code dataDirectory}, waiting up to {@code wait} while another process holds it.
     *
     * @throws TransientException if another process still held it after {@code wait}; trying again later is safe
     * @throws NfeException if this JVM holds it already, or the lock file cannot be written
     */
    static DataDirectoryLock acquire(Path dataDirectory, Duration wait) {
        Path file = fileOf(dataDirectory);
        FileChannel channel = open(file);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String owner = owner(file);
                log.info("Waiting up to {} for the embedded PostgreSQL in {}: process {} is using it", wait,
                        dataDirectory, owner);
                lock = await(channel, file, wait, owner);
            }
            DataDirectoryLock acquired = new DataDirectoryLock(file, channel, lock);
            acquired.recordOwner();
            return acquired;
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw new NfeException("Cannot use the embedded PostgreSQL in " + dataDirectory
                    + ": another loader of this JVM is using it", e);
        } catch (IOException e) {
            close(channel);
            throw new NfeException("Cannot lock " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    /** Waits in a thread of its own for the lock, so that the wait has a bound: closing the channel ends it. */
    private static FileLock await(FileChannel channel, Path file, Duration wait, String owner) throws IOException {
        FutureTask<FileLock> waiting = new FutureTask<>(channel::lock);
        Thread waiter = new Thread(waiting, "nfe-warehouse-lock");
        waiter.setDaemon(true);
        waiter.start();
        try {
            return waiting.get(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            close(channel);
            throw new TransientException("Cannot start the embedded PostgreSQL: process " + owner + " still held "
                    + file + " after " + wait + " (another run of this lake); try again when it has finished", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel);
            throw new NfeException("Interrupted while waiting for " + file, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new NfeException("Cannot lock " + file + ": " + e.getCause(), e.getCause());
        }
    }

    private static FileChannel open(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new NfeException("Cannot open the lock file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The process id the holder wrote, or {@code unknown} (some systems do not let others read a locked file). */
    private static String owner(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.matches("[0-9]{1,19}") ? text : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void recordOwner() throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("Cannot close a lock file channel", e);
        }
    }

    /** Releases the lock; the file stays, for the next holder. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new NfeException("Cannot release " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "DataDirectoryLock[" + file + "]";
    }
}
