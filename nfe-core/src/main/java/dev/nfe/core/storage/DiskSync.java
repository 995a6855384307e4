package dev.nfe.core.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Forces a file's bytes, or a directory's entries, to the disk: {@code fsync}. */
@FunctionalInterface
interface DiskSync {

    /** The operating system's {@code fsync}, on a descriptor opened for reading. */
    DiskSync FSYNC = path -> {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    };

    /** Returns once {@code path}, a regular file or a directory, is on the disk. */
    void force(Path path) throws IOException;
}
