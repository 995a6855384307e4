package dev.nfe.core.runtime;

import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.TransientException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;

/**
 * One document of a bronze batch, as its manifest names it. Transform engines receive the documents of a silver
 * batch in this form, in the batch's order, and read each with {@link #readFrom(Storage)}.
 *
 * @param id the document version's {@link BronzeId} (lakes written before it: the extractor's id)
 * @param path the key of the stored bytes
 * @param mediaType the declared form of the bytes
 * @param source where the extractor got it, for lineage
 * @param fetchedAt when the extractor got it
 * @param bytes the stored size
 * @param sha256 lower-case hex SHA-256 of the stored bytes
 */
public record BronzeDocument(String id, String path, MediaType mediaType, String source, Instant fetchedAt, long bytes,
        String sha256) {
    public BronzeDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * The stored document, as received, for the deserializer.
     *
     * @throws TransientException if it cannot be read (the read may succeed later)
     * @throws NfeException if its size is not the one its manifest records
     */
    public RawDocument readFrom(Storage storage) {
        byte[] bytes;
        try (InputStream in = storage.newInputFile(path).newStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new TransientException("Cannot read bronze document " + path + ": " + e.getMessage(), e);
        }
        if (bytes.length != this.bytes) {
            throw new NfeException("Cannot read bronze document " + path + ": it has " + bytes.length
                    + " bytes, its manifest says " + this.bytes);
        }
        return new RawDocument(id, bytes, mediaType, source, fetchedAt);
    }
}
