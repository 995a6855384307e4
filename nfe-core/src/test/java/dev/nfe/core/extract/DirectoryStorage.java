package dev.nfe.core.extract;

import dev.nfe.core.spi.InputFile;
import dev.nfe.core.spi.ObjectNotFoundException;
import dev.nfe.core.spi.OutputFile;
import dev.nfe.core.spi.SeekableInputStream;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A read-only {@link Storage} over a directory, enough for an extractor to list and read a test tree. */
final class DirectoryStorage implements Storage {
    private final Path root;

    DirectoryStorage(Path root) {
        this.root = root;
    }

    @Override
    public InputFile newInputFile(String path) {
        Path file = root.resolve(path);
        return new InputFile() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public long length() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new ObjectNotFoundException("No object " + path, e);
                }
            }

            @Override
            public SeekableInputStream newStream() {
                try {
                    return new ChannelStream(Files.newByteChannel(file));
                } catch (NoSuchFileException e) {
                    throw new ObjectNotFoundException("No object " + path, e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Override
    public OutputFile newOutputFile(String path) {
        throw new UnsupportedOperationException("read-only test storage");
    }

    @Override
    public Stream<StoredObject> list(String prefix) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<StoredObject> objects = walk.filter(Files::isRegularFile)
                    .map(file -> {
                        try {
                            return new StoredObject(root.relativize(file).toString().replace('\\', '/'),
                                    Files.size(file), Files.getLastModifiedTime(file).toInstant());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .filter(object -> object.path().startsWith(prefix))
                    .sorted((a, b) -> a.path().compareTo(b.path()))
                    .toList();
            return objects.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String path) {
        throw new UnsupportedOperationException("read-only test storage");
    }

    private static final class ChannelStream extends SeekableInputStream {
        private final SeekableByteChannel channel;

        ChannelStream(SeekableByteChannel channel) {
            this.channel = channel;
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public void seek(long newPosition) throws IOException {
            channel.position(newPosition);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return channel.read(ByteBuffer.wrap(buffer, offset, length));
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
