package dev.nfe.core.spi;

import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * An object store holding the lake's layers: open objects for reading, create them, list a prefix, delete one.
 * Modelled on object stores rather than file systems, so that {@code local} and {@code s3} behave alike.
 *
 * <p>Paths are relative keys with {@code /} separators ({@code silver/nfe/ingest_date=2026-01-02/batch=b1/part-00000.parquet});
 * see {@link StoragePath} for the accepted form. There are no directories and no rename.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>A write is atomic: an object becomes visible whole when its {@link AtomicOutputStream} is closed, and never
 *       if the stream is {@linkplain AtomicOutputStream#abort() aborted}. It is durable when closed, unless it was
 *       made through {@link #deferredWrites()}, whose objects become durable at their scope's sync.</li>
 *   <li>Listing is not atomic and may lag behind writes. Nothing above {@code Storage} relies on listing to decide
 *       what is committed: a batch is committed when its manifest exists, and readers ignore every object a manifest
 *       does not name.</li>
 *   <li>Implementations are thread-safe; streams they return are not, and are closed by the caller.</li>
 * </ul>
 * Failures surface as {@link TransientException} (worth retrying) or another {@link NfeException}.
 */
public interface Storage {

    /**
     * Returns a handle to read the object at {@code path}. Does not check that it exists: reading a missing object
     * throws {@link ObjectNotFoundException}.
     */
    InputFile newInputFile(String path);

    /**
     * Returns a handle to write the object at {@code path}. Nothing is written until a stream is opened and closed;
     * the store pays to make the object durable before {@code close()} returns.
     */
    OutputFile newOutputFile(String path);

    /**
     * Opens a scope of writes whose durability is deferred to one {@link DeferredWrites#sync()}, so that a batch of
     * many objects pays for durability once rather than per object; after the sync they are at least as durable as
     * {@link #newOutputFile}'s. Writes through it are atomic like those of {@link #newOutputFile}. The default, for a store whose every write is durable when closed (an object store's
     * PUT), is {@link DeferredWrites#durableOnClose(Storage)}; a store that pays per write to make it durable (a
     * local disk's fsync) overrides it.
     */
    default DeferredWrites deferredWrites() {
        return DeferredWrites.durableOnClose(this);
    }

    /**
     * Lists the objects whose path starts with {@code prefix} (a folder-like prefix should end with {@code /}),
     * in lexicographic order of their paths, with their size and last-modified time. The stream must be closed.
     * An absent prefix gives an empty stream.
     */
    Stream<StoredObject> list(String prefix);

    /**
     * Lists like {@link #list(String)}, and tells {@code skipped} of every entry under {@code prefix} that is not an
     * object ({@link SkippedEntry}), as the listing passes it, on the thread consuming the stream. A store with no
     * such entries, like an object store, keeps this default, which never calls {@code skipped}.
     */
    default Stream<StoredObject> list(String prefix, Consumer<SkippedEntry> skipped) {
        return list(prefix);
    }

    /**
     * The absolute location by which other engines reach the object at {@code path} ({@code file:/…} for a local
     * store, {@code s3://bucket/key} for S3); {@code location("")} is the store's root and ends with {@code /}. Table
     * formats record these in their metadata. The default, for a store no other engine can reach, is
     * {@code nfe-storage:///} followed by the path.
     */
    default String location(String path) {
        return "nfe-storage:///" + path;
    }

    /** Deletes the object at {@code path}; deleting a missing object is a no-op (idempotent). */
    void delete(String path);

    /**
     * The writes under {@code prefix} that were neither closed nor aborted, in key order: what a killed process left.
     * A write in progress is listed too, so a caller removes only those it knows no live writer owns (older than any
     * run, or under a lease it holds). The default, for a store whose writes leave nothing behind, is empty. The
     * stream must be closed.
     */
    default Stream<UnfinishedWrite> listUnfinishedWrites(String prefix) {
        return Stream.empty();
    }

    /**
     * Removes what {@code write} left, never touching the object at its path; removing it twice is a no-op. The
     * default does nothing, matching the default {@link #listUnfinishedWrites}.
     */
    default void abandon(UnfinishedWrite write) {
    }
}
