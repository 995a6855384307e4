package dev.nfe.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An entry under a listed prefix that is not an object and is never followed nor read: on a file system, a symbolic
 * link, a FIFO, a socket or a device. Object stores have none. Reported by {@link Storage#list(String,
 * java.util.function.Consumer)} so that whoever lists a landing area can say what it passed over.
 *
 * @param path the entry's key, as an object at that place would have
 * @param kind what it is instead of an object
 * @param lastModified the entry's own modification time (a link's, not its target's)
 */
public record SkippedEntry(String path, Kind kind, Instant lastModified) {
    public SkippedEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** What a skipped entry is. */
    public enum Kind {
        /** A symbolic link: following it could read outside the listed area. */
        SYMBOLIC_LINK,
        /** A FIFO, socket or device: reading it could block or never end. */
        SPECIAL_FILE
    }
}
