package dev.nfe.core.testing;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.DeferredWrites;
import dev.nfe.core.spi.InputFile;
import dev.nfe.core.spi.OutputFile;
import dev.nfe.core.spi.SeekableInputStream;
import dev.nfe.core.spi.SkippedEntry;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.TransientException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A test double of any {@link Storage}: passes everything to a real storage, except that at one {@link Point} of the
 * objects a predicate selects it first runs an action. An action that throws is an injected failure (an outage, or a
 * crash at a chosen step of a commit protocol); one that returns lets the call go on, for instance after advancing a
 * test clock as work is done.
 */
public final class FaultInjectingStorage implements Storage {
    /** Where the action runs. */
    public enum Point {
        /** Opening an object for writing: on failure nothing is written. */
        OPEN,
        /** Closing a written object, before it is published: on failure the stream is aborted and it never appears. */
        BEFORE_PUBLISH,
        /** Closing a written object, after it is published: it appears, but the writer sees the failure. */
        AFTER_PUBLISH,
        /** Opening an object for reading. */
        READ,
        /**
         * Syncing {@linkplain Storage#deferredWrites() deferred writes}: runs once for each object written through the
         * scope since its last sync, before the storage makes any of them durable. On failure the sync does not happen.
         */
        SYNC
    }

    private final Storage delegate;
    private final Point point;
    private final Predicate<String> paths;
    private final Consumer<String> action;

    private FaultInjectingStorage(Storage delegate, Point point, Predicate<String> paths, Consumer<String> action) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.point = Objects.requireNonNull(point, "point");
        this.paths = Objects.requireNonNull(paths, "paths");
        this.action = Objects.requireNonNull(action, "action");
    }

    /** Runs {@code action} at {@code point} of every object {@code paths} selects; whatever it throws propagates. */
    public static FaultInjectingStorage hooked(Storage delegate, Point point, Predicate<String> paths, Runnable action) {
        Objects.requireNonNull(action, "action");
        return new FaultInjectingStorage(delegate, point, paths, path -> action.run());
    }

    /**
     * Fails at {@code point} of each object {@code paths} selects, once the first {@code passes} of them went through,
     * with the exception {@code failure} makes of the object's path.
     */
    public static FaultInjectingStorage failing(Storage delegate, Point point, Predicate<String> paths, int passes,
            Function<String, ? extends RuntimeException> failure) {
        Objects.requireNonNull(failure, "failure");
        AtomicInteger remaining = new AtomicInteger(passes);
        return new FaultInjectingStorage(delegate, point, paths, path -> {
            if (remaining.getAndDecrement() <= 0) {
                throw failure.apply(path);
            }
        });
    }

    /** Tells {@code observer} of each object {@code paths} selects that reaches {@code point}, by its path. */
    public static FaultInjectingStorage observed(Storage delegate, Point point, Predicate<String> paths,
            Consumer<String> observer) {
        return new FaultInjectingStorage(delegate, point, paths, observer);
    }

    /** Fails at {@code point} of every object {@code paths} selects with a {@link TransientException} naming it. */
    public static FaultInjectingStorage failing(Storage delegate, Point point, Predicate<String> paths) {
        return failing(delegate, point, paths, 0,
                path -> new TransientException("Injected failure at " + point + " of " + path));
    }

    @Override
    public InputFile newInputFile(String path) {
        InputFile file = delegate.newInputFile(path);
        if (point != Point.READ || !paths.test(path)) {
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
                action.accept(path);
                return file.newStream();
            }
        };
    }

    @Override
    public OutputFile newOutputFile(String path) {
        return intercepted(delegate.newOutputFile(path));
    }

    /** The delegate's scope, with the writes through it intercepted like any other and the sync at {@link Point#SYNC}. */
    @Override
    public DeferredWrites deferredWrites() {
        DeferredWrites writes = delegate.deferredWrites();
        List<String> pending = new ArrayList<>();
        return new DeferredWrites() {
            @Override
            public OutputFile newOutputFile(String path) {
                pending.add(path);
                return intercepted(writes.newOutputFile(path));
            }

            @Override
            public void sync() {
                if (point == Point.SYNC) {
                    pending.stream().filter(paths).forEach(action);
                }
                writes.sync();
                pending.clear();
            }
        };
    }

    private OutputFile intercepted(OutputFile file) {
        String path = file.path();
        if (point == Point.READ || point == Point.SYNC || !paths.test(path)) {
            return file;
        }
        return new OutputFile() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public AtomicOutputStream create() {
                runIfOpening(path);
                return new Intercepted(path, file.create());
            }

            @Override
            public AtomicOutputStream createOrOverwrite() {
                runIfOpening(path);
                return new Intercepted(path, file.createOrOverwrite());
            }
        };
    }

    private void runIfOpening(String path) {
        if (point == Point.OPEN) {
            action.accept(path);
        }
    }

    @Override
    public Stream<StoredObject> list(String prefix) {
        return delegate.list(prefix);
    }

    @Override
    public Stream<StoredObject> list(String prefix, Consumer<SkippedEntry> skipped) {
        return delegate.list(prefix, skipped);
    }

    @Override
    public String location(String path) {
        return delegate.location(path);
    }

    @Override
    public void delete(String path) {
        delegate.delete(path);
    }

    @Override
    public String toString() {
        return "FaultInjectingStorage[" + point + " over " + delegate + "]";
    }

    /** Runs the action when closed, before or after publishing; aborts the stream when it fails before. */
    private final class Intercepted extends AtomicOutputStream {
        private final String path;
        private final AtomicOutputStream out;

        Intercepted(String path, AtomicOutputStream out) {
            this.path = path;
            this.out = out;
        }

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
            if (point == Point.BEFORE_PUBLISH) {
                try {
                    action.accept(path);
                } catch (RuntimeException e) {
                    out.abort();
                    throw e;
                }
            }
            out.close();
            if (point == Point.AFTER_PUBLISH) {
                action.accept(path);
            }
        }
    }
}
