package dev.nfe.core.runtime;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.InputFile;
import dev.nfe.core.spi.OutputFile;
import dev.nfe.core.spi.SeekableInputStream;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import java.io.IOException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A {@link Storage} that delegates to a real one and runs a hook when an object whose key matches a predicate is
 * published (its stream closed) or opened for reading: to fail at a chosen step of a commit protocol, or to advance a
 * test clock as work is done.
 */
final class InterceptedStorage implements Storage {
    private final Storage delegate;
    private final Predicate<String> writes;
    private final Predicate<String> reads;
    private final Runnable hook;

    private InterceptedStorage(Storage delegate, Predicate<String> writes, Predicate<String> reads, Runnable hook) {
        this.delegate = delegate;
        this.writes = writes;
        this.reads = reads;
        this.hook = hook;
    }

    /** Runs {@code hook} before publishing each object whose key matches {@code keys}. */
    static InterceptedStorage onWrite(Storage delegate, Predicate<String> keys, Runnable hook) {
        return new InterceptedStorage(delegate, keys, key -> false, hook);
    }

    /** Runs {@code hook} before opening each object whose key matches {@code keys} for reading. */
    static InterceptedStorage onRead(Storage delegate, Predicate<String> keys, Runnable hook) {
        return new InterceptedStorage(delegate, key -> false, keys, hook);
    }

    @Override
    public InputFile newInputFile(String path) {
        InputFile file = delegate.newInputFile(path);
        if (!reads.test(path)) {
            return file;
        }
        return new InputFile() {
            @Override
            public String path() {
                return file.path();
            }

            @Override
            public long length() {
                return file.length();
            }

            @Override
            public SeekableInputStream newStream() {
                hook.run();
                return file.newStream();
            }
        };
    }

    @Override
    public OutputFile newOutputFile(String path) {
        OutputFile file = delegate.newOutputFile(path);
        if (!writes.test(path)) {
            return file;
        }
        return new OutputFile() {
            @Override
            public String path() {
                return file.path();
            }

            @Override
            public AtomicOutputStream create() {
                return new Hooked(file.create());
            }

            @Override
            public AtomicOutputStream createOrOverwrite() {
                return new Hooked(file.createOrOverwrite());
            }
        };
    }

    @Override
    public Stream<StoredObject> list(String prefix) {
        return delegate.list(prefix);
    }

    @Override
    public void delete(String path) {
        delegate.delete(path);
    }

    /** Runs the hook when closed, before publishing; aborts the stream when the hook throws. */
    private final class Hooked extends AtomicOutputStream {
        private final AtomicOutputStream out;

        Hooked(AtomicOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public long position() {
            return out.position();
        }

        @Override
        public void abort() {
            out.abort();
        }

        @Override
        public void close() throws IOException {
            try {
                hook.run();
            } catch (RuntimeException e) {
                out.abort();
                throw e;
            }
            out.close();
        }
    }
}
