package dev.nfe.core.spi;

import java.util.Objects;

/**
 * Writes to a {@link Storage} whose durability is paid once, at {@link #sync()}, rather than per object: the way to
 * write the many objects of one batch before the batch's commit record. Obtained from
 * {@link Storage#deferredWrites()}.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Each write is atomic exactly as {@link Storage#newOutputFile} writes are: the object is visible, whole, once
 *       its stream is closed, and a process killed at any point leaves it whole or absent.</li>
 *   <li>Until {@link #sync()} returns, an object closed through this scope may be lost in a power loss or an operating
 *       system crash (absent or replaced by what was there before), but never partial. A caller therefore writes
 *       nothing that names such an object as committed (a manifest, a checkpoint) before {@code sync()} returns.</li>
 *   <li>{@code sync()} makes durable every object closed through this scope so far, and the directory entries or
 *       listings that reach them. Once it returns, they are at least as durable as a {@link Storage#newOutputFile}
 *       write. Calling it again syncs what was closed since; with nothing closed it does nothing.</li>
 * </ul>
 * Not thread-safe: one writer uses a scope, and may keep using it after {@code sync()}. Holds no resource that needs
 * closing; a scope dropped without {@code sync()} leaves its objects as durable as the store happened to make them.
 */
public interface DeferredWrites {

    /**
     * Returns a handle to write the object at {@code path}, whose durability waits for {@link #sync()}. Otherwise
     * like {@link Storage#newOutputFile}, including {@link OutputFile#create()}'s conflict.
     */
    OutputFile newOutputFile(String path);

    /**
     * Makes every object closed through this scope since the last call durable; returns when they are.
     *
     * @throws TransientException if the store could not confirm it; the objects stay visible, but are not known to be
     *     durable, so the caller must not commit anything that names them and should retry the whole batch
     */
    void sync();

    /**
     * The scope of a store whose every write is durable when its stream is closed, like an object store's PUT:
     * handles come from {@code storage.newOutputFile}, and {@link #sync()} has nothing left to do.
     */
    static DeferredWrites durableOnClose(Storage storage) {
        Objects.requireNonNull(storage, "storage");
        return new DeferredWrites() {
            @Override
            public OutputFile newOutputFile(String path) {
                return storage.newOutputFile(path);
            }

            @Override
            public void sync() {
            }
        };
    }
}
