package dev.nfe.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An object found by {@link Storage#list(String)}.
 *
 * @param path the object's key
 * @param size its length in bytes
 * @param lastModified when it was last written, as the store reports it
 */
public record StoredObject(String path, long size, Instant lastModified) {
    public StoredObject {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lastModified, "lastModified");
        if (size < 0) {
            throw new IllegalArgumentException("Cannot create StoredObject " + path + ": size is negative");
        }
    }
}
