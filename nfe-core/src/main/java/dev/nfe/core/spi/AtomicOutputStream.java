package dev.nfe.core.spi;

import java.io.OutputStream;

/**
 * An output stream whose bytes become visible as one object when {@link #close()} returns, or never.
 *
 * <p>{@link #close()} publishes (a local file is moved into place atomically; an S3 upload completes). If writing
 * fails, call {@link #abort()} instead: it discards what was written and leaves any existing object untouched.
 * Closing after an abort does nothing. Not thread-safe.
 */
public abstract class AtomicOutputStream extends OutputStream {

    /** Bytes written so far; Parquet needs the position to lay out its footer. */
    public abstract long position();

    /** Discards everything written; the target object is not created or changed. Idempotent. */
    public abstract void abort();
}
