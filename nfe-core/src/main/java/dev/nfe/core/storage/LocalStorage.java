package dev.nfe.core.storage;

import dev.nfe.core.spi.DeferredWrites;
import dev.nfe.core.spi.InputFile;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ObjectNotFoundException;
import dev.nfe.core.spi.OutputFile;
import dev.nfe.core.spi.SkippedEntry;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoragePath;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.TransientException;
import dev.nfe.core.spi.UnfinishedWrite;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@link Storage} whose objects are files under a root directory; an object's key is its path relative to the root.
 *
 * <p>Writes go to a hidden temporary file in the target's directory ({@code .<name>.<random>.tmp}), which is forced
 * to disk and then moved into place atomically. The directory entry itself is not forced, so after a power loss a
 * just-closed object may be missing, but never partial. {@linkplain #deferredWrites() Deferred writes} skip the
 * force and leave it, and the directory entries', to their scope's sync. Temporary files are invisible to {@link #list(String)}, and
 * keys that look like one are rejected; those a killed process left are {@linkplain #listUnfinishedWrites unfinished
 * writes}. Directories are created as needed and never removed; they are not objects.
 * Keys are validated with {@link StoragePath} and cannot reach outside the root; symbolic links inside the root are
 * followed when reading and writing but never listed: they, FIFOs, sockets and devices are told to the listener of
 * {@link #list(String, Consumer)}. Thread-safe.
 */
public final class LocalStorage implements Storage {
    private final Path root;
    private final DiskSync disk;

    /** A storage rooted at {@code root}, which is created on the first write if it does not exist. */
    public LocalStorage(Path root) {
        this(root, OperatingSystemSync.SYSTEM);
    }

    /** A storage whose {@linkplain #deferredWrites() deferred writes} are forced to the disk by {@code disk}. */
    LocalStorage(Path root, DiskSync disk) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.disk = Objects.requireNonNull(disk, "disk");
    }

    /** {@code file:} followed by the absolute path of the object's file. */
    @Override
    public String location(String path) {
        String base = root.toUri().toString();
        return (base.endsWith("/") ? base : base + "/") + path;
    }

    /** The absolute root directory. */
    public Path root() {
        return root;
    }

    @Override
    public InputFile newInputFile(String path) {
        return new LocalInputFile(path, resolve(path));
    }

    @Override
    public OutputFile newOutputFile(String path) {
        return newOutputFile(path, LocalDurability.ON_CLOSE);
    }

    OutputFile newOutputFile(String path, LocalDurability durability) {
        return new LocalOutputFile(path, resolve(path), durability);
    }

    /**
     * A scope whose files are moved into place without being forced; its sync forces them all, then the directories
     * between them and the root, on several threads at once.
     */
    @Override
    public DeferredWrites deferredWrites() {
        return new LocalDeferredWrites(this, disk);
    }

    @Override
    public Stream<StoredObject> list(String prefix) {
        return list(prefix, entry -> { });
    }

    @Override
    public Stream<StoredObject> list(String prefix, Consumer<SkippedEntry> skipped) {
        Objects.requireNonNull(skipped, "skipped");
        return walk(prefix).filter(found -> !found.temporary()).<StoredObject>mapMulti((found, objects) -> {
            BasicFileAttributes attributes = found.attributes();
            if (attributes.isRegularFile()) {
                objects.accept(new StoredObject(found.key(), attributes.size(), attributes.lastModifiedTime().toInstant()));
            } else {
                skipped.accept(new SkippedEntry(found.key(), attributes.isSymbolicLink()
                        ? SkippedEntry.Kind.SYMBOLIC_LINK : SkippedEntry.Kind.SPECIAL_FILE,
                        attributes.lastModifiedTime().toInstant()));
            }
        });
    }

    /** The temporary files under {@code prefix}, each as the write of the object its name says. */
    @Override
    public Stream<UnfinishedWrite> listUnfinishedWrites(String prefix) {
        return walk(prefix).filter(found -> found.temporary() && found.attributes().isRegularFile())
                .map(found -> new UnfinishedWrite(found.key(), found.attributes().lastModifiedTime().toInstant(),
                        found.path().getFileName().toString()));
    }

    /** Deletes the temporary file {@code write} names, which must be one of {@code write.path()}'s. */
    @Override
    public void abandon(UnfinishedWrite write) {
        Path target = resolve(write.path());
        if (LocalListing.targetOf(write.id()).filter(name -> name.equals(target.getFileName().toString())).isEmpty()
                || write.id().indexOf('/') >= 0 || write.id().indexOf('\\') >= 0) {
            throw new NfeException("Cannot abandon the write " + write.id() + " of " + write.path()
                    + ": not the name of one of its temporary files");
        }
        try {
            Files.deleteIfExists(target.resolveSibling(write.id()));
        } catch (IOException e) {
            throw failure("abandon a write of", write.path(), e);
        }
    }

    private Stream<LocalListing.Found> walk(String prefix) {
        StoragePath.requireValidPrefix(prefix);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new LocalListing(root, prefix),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public void delete(String path) {
        Path file = resolve(path);
        try {
            if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw failure("delete", path, e);
        }
    }

    @Override
    public String toString() {
        return "LocalStorage[" + root + "]";
    }

    private Path resolve(String key) {
        StoragePath.requireValid(key);
        String name = key.substring(key.lastIndexOf('/') + 1);
        if (LocalListing.isTemporary(name)) {
            throw new NfeException("Invalid storage path " + key + ": names like '.<name>.tmp' are reserved for temporary files");
        }
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new NfeException("Invalid storage path " + key + ": resolves outside the storage root");
        }
        return file;
    }

    /**
     * Wraps an I/O failure once, naming the object: a missing file becomes {@link ObjectNotFoundException}, failures
     * that repeating cannot fix a plain {@link NfeException}, anything else a {@link TransientException}.
     */
    static NfeException failure(String action, String key, IOException e) {
        String message = "Cannot " + action + " " + key + ": " + e;
        if (e instanceof NoSuchFileException) {
            return new ObjectNotFoundException(message, e);
        }
        if (e instanceof AccessDeniedException || e instanceof ClosedChannelException || e instanceof NotDirectoryException
                || e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
            return new NfeException(message, e);
        }
        return new TransientException(message, e);
    }
}
