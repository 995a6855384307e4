package dev.nfe.spark;

import dev.nfe.core.runtime.BronzeDocument;
import dev.nfe.core.spi.MediaType;
import java.io.Serializable;
import java.time.Instant;

/**
 * A bronze document as the job ships it to executors: its manifest entry.
 *
 * @param id its bronze id
 * @param path the key of its stored bytes
 * @param mediaType the name of its {@link MediaType}
 * @param source where the extractor got it
 * @param fetchedAt when the extractor got it
 * @param bytes its stored size
 * @param sha256 the SHA-256 of its stored bytes
 */
record DocumentRef(String id, String path, String mediaType, String source, Instant fetchedAt,
        long bytes, String sha256) implements Serializable {

    static DocumentRef of(BronzeDocument document) {
        return new DocumentRef(document.id(), document.path(), document.mediaType().name(),
                document.source(), document.fetchedAt(), document.bytes(), document.sha256());
    }

    BronzeDocument document() {
        return new BronzeDocument(id, path, MediaType.valueOf(mediaType), source, fetchedAt, bytes, sha256);
    }
}
