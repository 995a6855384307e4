package dev.nfe.core.spi;

/**
 * A handle to write one stored object. The object appears only when the returned stream is closed, whole, or not
 * at all (see {@link AtomicOutputStream}).
 */
public interface OutputFile {

    /** The object's key. */
    String path();

    /**
     * Opens a stream that creates the object; closing it fails with {@link CommitConflictException} if the object
     * exists by then, and the existing object is left untouched.
     */
    AtomicOutputStream create();

    /** Opens a stream that creates the object or replaces it whole when closed. */
    AtomicOutputStream createOrOverwrite();
}
