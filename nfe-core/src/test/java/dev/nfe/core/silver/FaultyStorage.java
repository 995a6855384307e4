package dev.nfe.core.silver;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.InputFile;
import dev.nfe.core.spi.OutputFile;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.TransientException;
import java.io.IOException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A test double of a {@link Storage} implementation: passes everything to a real storage, except that writing the
 * objects {@code selected} picks fails at one {@link Step}, as a crash or an outage would.
 */
final class FaultyStorage implements Storage {
    /** Where a selected write fails. */
    enum Step {
        /** Opening the stream: nothing is written. */
        OPEN,
        /** Closing the stream, before the object is published: it never appears. */
        BEFORE_PUBLISH,
        /** Closing the stream, after the object is published: it appears, but the writer sees a failure. */
        AFTER_PUBLISH
    }

    private final Storage delegate;
    private final Predicate<String> selected;
    private final Step step;

    FaultyStorage(Storage delegate, Predicate<String> selected, Step step) {
        this.delegate = delegate;
        this.selected = selected;
        this.step = step;
    }

    @Override
    public InputFile newInputFile(String path) {
        return delegate.newInputFile(path);
    }

    @Override
    public OutputFile newOutputFile(String path) {
        OutputFile file = delegate.newOutputFile(path);
        if (!selected.test(path)) {
            return file;
        }
        return new OutputFile() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public AtomicOutputStream create() {
                failIfOpening(path);
                return faulty(path, file.create());
            }

            @Override
            public AtomicOutputStream createOrOverwrite() {
                failIfOpening(path);
                return faulty(path, file.createOrOverwrite());
            }
        };
    }

    private void failIfOpening(String path) {
        if (step == Step.OPEN) {
            throw injected(path);
        }
    }

    private AtomicOutputStream faulty(String path, AtomicOutputStream out) {
        return new AtomicOutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
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
                if (step == Step.BEFORE_PUBLISH) {
                    out.abort();
                } else {
                    out.close();
                }
                throw injected(path);
            }
        };
    }

    private static TransientException injected(String path) {
        return new TransientException("Injected failure writing " + path);
    }

    @Override
    public Stream<StoredObject> list(String prefix) {
        return delegate.list(prefix);
    }

    @Override
    public void delete(String path) {
        delegate.delete(path);
    }
}
