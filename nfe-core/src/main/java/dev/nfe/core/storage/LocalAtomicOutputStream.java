package dev.nfe.core.storage;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.NfeException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to a hidden temporary file next to the target and publishes it on {@link #close()}: the file is forced to
 * disk, or left to a later sync, as its {@link LocalDurability} says, then moved into place.
 *
 * <p>{@link Publication#REPLACE} renames with {@code ATOMIC_MOVE} and {@code REPLACE_EXISTING}.
 * {@link Publication#CREATE_NEW} hard-links the temporary file to the target, which fails atomically if the target
 * exists, then removes the temporary name. Where the file system has no hard links it falls back to checking that the
 * target is absent and renaming: a writer that creates the target between that check and the rename is then
 * silently replaced. That window is accepted because such file systems are not used for concurrent writers.
 */
final class LocalAtomicOutputStream extends AtomicOutputStream {
    private static final Logger log = LoggerFactory.getLogger(LocalAtomicOutputStream.class);
    /**
     * The JDK's default: a write of a larger array passes straight through, and most objects (claims, state,
     * manifests) are a few hundred bytes, for which a larger buffer would only be allocated and zeroed.
     */
    private static final int BUFFER_SIZE = 8 * 1024;

    private enum State { OPEN, PUBLISHED, DISCARDED }

    private final String key;
    private final Path target;
    private final Path temporary;
    private final Publication publication;
    private final LocalDurability durability;
    private final FileChannel channel;
    private final OutputStream out;
    private long position;
    private State state = State.OPEN;

    private LocalAtomicOutputStream(String key, Path target, Path temporary, Publication publication,
            LocalDurability durability, FileChannel channel) {
        this.key = key;
        this.target = target;
        this.temporary = temporary;
        this.publication = publication;
        this.durability = durability;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_SIZE);
    }

    static LocalAtomicOutputStream open(String key, Path target, Publication publication,
            LocalDurability durability) {
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            return new LocalAtomicOutputStream(key, target, temporary, publication, durability, create(temporary));
        } catch (IOException e) {
            throw LocalStorage.failure("write", key, e);
        }
    }

    /** Creates the temporary file, and its directory only when missing: most writes go to a directory that exists. */
    private static FileChannel create(Path temporary) throws IOException {
        try {
            return FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            Files.createDirectories(temporary.getParent());
            return FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    @Override
    public void write(int b) {
        requireOpen();
        try {
            out.write(b);
        } catch (IOException e) {
            throw LocalStorage.failure("write", key, e);
        }
        position++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        requireOpen();
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw LocalStorage.failure("write", key, e);
        }
        position += length;
    }

    /** Flushes to the temporary file; publishes nothing. */
    @Override
    public void flush() {
        requireOpen();
        try {
            out.flush();
        } catch (IOException e) {
            throw LocalStorage.failure("write", key, e);
        }
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void close() {
        if (state != State.OPEN) {
            return;
        }
        try {
            out.flush();
            durability.beforePublish(channel);
            channel.close();
            publish();
            state = State.PUBLISHED;
            durability.published(target);
        } catch (IOException e) {
            discard();
            throw LocalStorage.failure("write", key, e);
        } catch (RuntimeException e) {
            discard();
            throw e;
        }
    }

    @Override
    public void abort() {
        if (state == State.OPEN) {
            discard();
        }
    }

    private void publish() throws IOException {
        if (publication == Publication.REPLACE) {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            throw conflict(e);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            log.debug("Hard links unavailable for {}, falling back to check-and-rename: {}", key, e.toString());
            renameIfAbsent();
            return;
        }
        deleteTemporary();
    }

    private void renameIfAbsent() throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw conflict(null);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private CommitConflictException conflict(Exception cause) {
        return new CommitConflictException("Cannot create " + key + ": the object already exists", cause);
    }

    /** Closes and deletes the temporary file; the target is untouched. Cleanup failures are logged, not thrown. */
    private void discard() {
        state = State.DISCARDED;
        try {
            channel.close();
        } catch (IOException e) {
            log.error("Cannot close the temporary file of {}", key, e);
        }
        deleteTemporary();
    }

    private void deleteTemporary() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            log.error("Cannot delete temporary file {} of {}; it is hidden from listings", temporary.getFileName(), key, e);
        }
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new NfeException("Cannot write " + key + ": the stream is " + state.name().toLowerCase(Locale.ROOT));
        }
    }
}
