package dev.nfe.core.storage;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.OutputFile;
import java.nio.file.Path;

/** A handle to write one file of a {@link LocalStorage}. */
final class LocalOutputFile implements OutputFile {
    private final String key;
    private final Path file;

    LocalOutputFile(String key, Path file) {
        this.key = key;
        this.file = file;
    }

    @Override
    public String path() {
        return key;
    }

    @Override
    public AtomicOutputStream create() {
        return LocalAtomicOutputStream.open(key, file, Publication.CREATE_NEW);
    }

    @Override
    public AtomicOutputStream createOrOverwrite() {
        return LocalAtomicOutputStream.open(key, file, Publication.REPLACE);
    }

    @Override
    public String toString() {
        return key;
    }
}
