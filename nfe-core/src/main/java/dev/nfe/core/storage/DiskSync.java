package dev.nfe.core.storage;

import java.io.IOException;
import java.nio.file.Path;

/** Forces a file's bytes, or a directory's entries, to the disk: {@code fsync}; or a whole file system at once. */
@FunctionalInterface
interface DiskSync {

    /** Returns once {@code path}, a regular file or a directory, is on the disk. */
    void force(Path path) throws IOException;

    /**
     * Forces everything written to the file system holding {@code root} to the disk, files and directory entries
     * alike, when this disk can, and returns whether it did. When it returns false nothing is promised, and each
     * file and directory must be {@linkplain #force forced}.
     *
     * @throws IOException only if the wait was interrupted; any other failure returns false
     */
    default boolean forceFileSystem(Path root) throws IOException {
        return false;
    }
}
