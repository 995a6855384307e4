package dev.nfe.core.storage;

import dev.nfe.core.spi.InputFile;
import dev.nfe.core.spi.ObjectNotFoundException;
import dev.nfe.core.spi.SeekableInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/** A handle to read one file of a {@link LocalStorage}. */
final class LocalInputFile implements InputFile {
    private final String key;
    private final Path file;

    LocalInputFile(String key, Path file) {
        this.key = key;
        this.file = file;
    }

    @Override
    public String path() {
        return key;
    }

    @Override
    public long length() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw notFound();
            }
            return attributes.size();
        } catch (IOException e) {
            throw LocalStorage.failure("read the length of", key, e);
        }
    }

    @Override
    public SeekableInputStream newStream() {
        // Opened before the directory check: a missing object, what most lookups of claims find, costs one call.
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw LocalStorage.failure("open", key, e);
        }
        if (Files.isDirectory(file)) {
            closeQuietly(channel);
            throw notFound();
        }
        return new LocalSeekableInputStream(key, channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Only read from, and the directory is reported as no object either way.
        }
    }

    private ObjectNotFoundException notFound() {
        return new ObjectNotFoundException("Cannot read " + key + ": no such object");
    }

    @Override
    public String toString() {
        return key;
    }
}
