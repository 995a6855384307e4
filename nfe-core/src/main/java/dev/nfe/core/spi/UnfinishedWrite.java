package dev.nfe.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * What a write left in a {@link Storage} when its process died before closing or aborting its stream: on a file
 * system the hidden temporary file next to the target, on S3 an incomplete multipart upload. Never visible as an
 * object; it only takes space until {@link Storage#abandon(UnfinishedWrite)} removes it.
 *
 * @param path the key of the object the write was creating
 * @param started when the write began, as the store reports it (a temporary file's last modification)
 * @param id what tells it apart from other writes of the same key: the temporary file's name, the upload id
 */
public record UnfinishedWrite(String path, Instant started, String id) {
    public UnfinishedWrite {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(id, "id");
    }
}
