package dev.nfe.core.runtime;

import dev.nfe.core.spi.MediaType;
import java.time.Instant;
import java.util.Objects;

/**
 * One document of a bronze batch, as its manifest names it.
 *
 * @param id the document version's {@link BronzeId} (lakes written before it: the extractor's id)
 * @param path the key of the stored bytes
 * @param mediaType the declared form of the bytes
 * @param source where the extractor got it, for lineage
 * @param fetchedAt when the extractor got it
 * @param bytes the stored size
 * @param sha256 lower-case hex SHA-256 of the stored bytes
 */
record BronzeDocument(String id, String path, MediaType mediaType, String source, Instant fetchedAt, long bytes,
        String sha256) {
    BronzeDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(sha256, "sha256");
    }
}
