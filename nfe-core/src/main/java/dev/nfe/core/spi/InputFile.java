package dev.nfe.core.spi;

/**
 * A handle to read one stored object. Cheap to create; nothing is read until {@link #newStream()}.
 */
public interface InputFile {

    /** The object's key. */
    String path();

    /**
     * The object's length in bytes.
     *
     * @throws ObjectNotFoundException if the object does not exist
     */
    long length();

    /**
     * Opens a seekable stream over the object. The caller closes it.
     *
     * @throws ObjectNotFoundException if the object does not exist
     */
    SeekableInputStream newStream();
}
