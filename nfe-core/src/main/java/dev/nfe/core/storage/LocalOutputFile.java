package dev.nfe.core.storage;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.OutputFile;
import java.nio.file.Path;

/** A handle to write one file of a {@link LocalStorage}. */
final class LocalOutputFile implements OutputFile {
    private final String key;
    private final Path file;
    private final LocalDurability durability;

    LocalOutputFile(String key, Path file, LocalDurability durability) {
        this.key = key;
        this.file = file;
        this.durability = durability;
    }

    @Override
    public String path() {
        return key;
    }

    @Override
    public AtomicOutputStream create() {
        return LocalAtomicOutputStream.open(key, file, Publication.CREATE_NEW, durability);
    }

    @Override
    public AtomicOutputStream createOrOverwrite() {
        return LocalAtomicOutputStream.open(key, file, Publication.REPLACE, durability);
    }

    @Override
    public String toString() {
        return key;
    }
}
