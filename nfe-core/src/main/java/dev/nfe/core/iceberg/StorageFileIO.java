package dev.nfe.core.iceberg;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.ObjectNotFoundException;
import dev.nfe.core.spi.SeekableInputStream;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoragePath;
import dev.nfe.core.spi.StoredObject;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.iceberg.exceptions.AlreadyExistsException;
import org.apache.iceberg.exceptions.NotFoundException;
import org.apache.iceberg.io.FileInfo;
import org.apache.iceberg.io.InputFile;
import org.apache.iceberg.io.OutputFile;
import org.apache.iceberg.io.PositionOutputStream;
import org.apache.iceberg.io.SupportsPrefixOperations;

/**
 * Iceberg's {@code FileIO} over the lake's {@link Storage}, so Iceberg metadata and data files go wherever the lake
 * is ({@code local}, {@code s3}) with no Hadoop file system. Locations are the storage's
 * {@linkplain Storage#location(String) locations}; one outside the lake is refused, never resolved. Writes keep the
 * storage's atomicity: a metadata file appears whole or not at all, and {@code create()} fails if it exists, which
 * is what Iceberg's commit protocol needs. Thread-safe.
 */
public final class StorageFileIO implements SupportsPrefixOperations {
    private final transient Storage storage;
    private final String root;

    /** The file IO of the lake on {@code storage}. */
    public StorageFileIO(Storage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.root = storage.location("");
    }

    /** The storage key of {@code location}, which must lie inside the lake. */
    public String key(String location) {
        String normalized = normalize(location);
        if (!normalized.startsWith(root)) {
            throw new IllegalArgumentException("Cannot reach " + location + ": it is outside the lake at " + root);
        }
        return normalized.substring(root.length());
    }

    /** The location of the object at storage key {@code key}. */
    public String location(String key) {
        return storage.location(key);
    }

    @Override
    public InputFile newInputFile(String location) {
        return new StorageInputFile(location, key(location));
    }

    @Override
    public InputFile newInputFile(String location, long length) {
        return new StorageInputFile(location, key(location), length);
    }

    @Override
    public OutputFile newOutputFile(String location) {
        String key = StoragePath.requireValid(key(location));
        return new OutputFile() {
            @Override
            public PositionOutputStream create() {
                return new AtomicPositionOutputStream(storage.newOutputFile(key).create(), location);
            }

            @Override
            public PositionOutputStream createOrOverwrite() {
                return new AtomicPositionOutputStream(storage.newOutputFile(key).createOrOverwrite(), location);
            }

            @Override
            public String location() {
                return location;
            }

            @Override
            public InputFile toInputFile() {
                return newInputFile(location);
            }
        };
    }

    @Override
    public void deleteFile(String location) {
        storage.delete(key(location));
    }

    @Override
    public Iterable<FileInfo> listPrefix(String prefix) {
        String key = key(prefix);
        try (Stream<StoredObject> objects = storage.list(key)) {
            List<FileInfo> files = objects
                    .map(object -> new FileInfo(storage.location(object.path()), object.size(),
                            object.lastModified().toEpochMilli()))
                    .toList();
            return files;
        }
    }

    @Override
    public void deletePrefix(String prefix) {
        String key = key(prefix);
        try (Stream<StoredObject> objects = storage.list(key)) {
            objects.forEach(object -> storage.delete(object.path()));
        }
    }

    /** {@code file:/x} and {@code file:///x} name the same file; the storage's own form is the second. */
    private String normalize(String location) {
        if (root.startsWith("file:///") && location.startsWith("file:/") && !location.startsWith("file:///")) {
            return "file:///" + location.substring("file:/".length());
        }
        return location;
    }

    @Override
    public String toString() {
        return "StorageFileIO[" + root + "]";
    }

    /** An Iceberg input file on one storage key; its length is asked of the storage once, when needed. */
    private final class StorageInputFile implements InputFile {
        private final String location;
        private final String key;
        private long length = -1;

        StorageInputFile(String location, String key) {
            this.location = location;
            this.key = key;
        }

        StorageInputFile(String location, String key, long length) {
            this(location, key);
            this.length = length;
        }

        @Override
        public long getLength() {
            if (length < 0) {
                try {
                    length = storage.newInputFile(key).length();
                } catch (ObjectNotFoundException e) {
                    throw new NotFoundException(e, "File does not exist: %s", location);
                }
            }
            return length;
        }

        @Override
        public org.apache.iceberg.io.SeekableInputStream newStream() {
            SeekableInputStream in;
            try {
                in = storage.newInputFile(key).newStream();
            } catch (ObjectNotFoundException e) {
                throw new NotFoundException(e, "File does not exist: %s", location);
            }
            return new org.apache.iceberg.io.SeekableInputStream() {
                @Override
                public long getPos() throws IOException {
                    return in.position();
                }

                @Override
                public void seek(long newPos) throws IOException {
                    in.seek(newPos);
                }

                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int count) throws IOException {
                    return in.read(buffer, offset, count);
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        }

        @Override
        public String location() {
            return location;
        }

        @Override
        public boolean exists() {
            try (Stream<StoredObject> objects = storage.list(key)) {
                return objects.anyMatch(object -> object.path().equals(key));
            }
        }
    }

    /**
     * A position stream over an atomic storage write: the object appears when the stream is closed. A create whose
     * object already exists fails as Iceberg expects, with {@link AlreadyExistsException}.
     */
    private static final class AtomicPositionOutputStream extends PositionOutputStream {
        private final AtomicOutputStream out;
        private final String location;
        private boolean closed;

        AtomicPositionOutputStream(AtomicOutputStream out, String location) {
            this.out = out;
            this.location = location;
        }

        @Override
        public long getPos() {
            return out.position();
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] buffer, int offset, int count) throws IOException {
            out.write(buffer, offset, count);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.close();
            } catch (CommitConflictException e) {
                throw new AlreadyExistsException(e, "File already exists: %s", location);
            } catch (IOException | RuntimeException e) {
                out.abort();
                throw e;
            }
        }
    }
}
