package dev.nfe.core.testing;

import java.io.IOException;
import java.nio.file.Path;

/** Makes the file-system entries that are not regular files, for tests of what a listing passes over. */
public final class SpecialFiles {
    private SpecialFiles() {
    }

    /** Makes a FIFO at {@code path} with {@code mkfifo}; false where the system has no such command. */
    public static boolean makeFifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
