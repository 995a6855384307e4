package dev.nfe.core.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream over a stored object that can jump to any position, as columnar readers need.
 */
public abstract class SeekableInputStream extends InputStream {

    /** The position of the next byte read. */
    public abstract long position() throws IOException;

    /** Moves to {@code newPosition}, counted from the start of the object. */
    public abstract void seek(long newPosition) throws IOException;
}
