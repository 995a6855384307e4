package dev.nfe.core.spi;

import java.util.Objects;

/**
 * One data file of a committed {@link Batch}, as its manifest names it.
 *
 * @param path the object's key
 * @param table the table whose rows it holds
 * @param rows number of rows
 * @param bytes size in bytes
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 */
public record BatchFile(String path, String table, long rows, long bytes, String sha256) {
    public BatchFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(sha256, "sha256");
        if (rows < 0 || bytes < 0) {
            throw new IllegalArgumentException("Cannot create BatchFile " + path + ": negative rows or bytes");
        }
    }
}
