package dev.nfe.examples.reliability;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.InputFile;
import dev.nfe.core.spi.OutputFile;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.SkippedEntry;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StorageFactory;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.storage.LocalStorage;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Storage type {@code space-limited}, for tests of a full disk: a local storage on which writes of objects under
 * {@code under} fail with {@code IOException: No space left on device} (what ENOSPC reads as in Java) once
 * {@code quota} bytes were written there.
 */
public final class SpaceLimitedStorageFactory implements StorageFactory {
    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.path("root").required().doc("The lake's root folder."),
            ConfigKey.string("under").required().doc("The prefix whose writes use up the quota."),
            ConfigKey.size("quota").required().doc("How many bytes fit."));

    @Override
    public String type() {
        return "space-limited";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public Storage create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        return new SpaceLimited(new LocalStorage(values.pathValue("root")), values.string("under"),
                new AtomicLong(values.size("quota")));
    }

    /** The storage: every write under the prefix takes from the free bytes. */
    private record SpaceLimited(Storage delegate, String under, AtomicLong free) implements Storage {

        @Override
        public InputFile newInputFile(String path) {
            return delegate.newInputFile(path);
        }

        @Override
        public OutputFile newOutputFile(String path) {
            OutputFile file = delegate.newOutputFile(path);
            if (!path.startsWith(under)) {
                return file;
            }
            return new OutputFile() {
                @Override
                public String path() {
                    return file.path();
                }

                @Override
                public AtomicOutputStream create() {
                    return new Limited(file.create());
                }

                @Override
                public AtomicOutputStream createOrOverwrite() {
                    return new Limited(file.createOrOverwrite());
                }
            };
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
        public void delete(String path) {
            delegate.delete(path);
        }

        /** A stream that fails like a full disk once the free bytes are used up. */
        private final class Limited extends AtomicOutputStream {
            private final AtomicOutputStream out;

            Limited(AtomicOutputStream out) {
                this.out = out;
            }

            @Override
            public void write(int b) throws IOException {
                take(1);
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                take(length);
                out.write(bytes, offset, length);
            }

            private void take(long bytes) throws IOException {
                if (free.addAndGet(-bytes) < 0) {
                    throw new IOException("No space left on device");
                }
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
                out.close();
            }
        }
    }
}
