package dev.nfe.core.spi;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A document exactly as received from a source, before parsing: what the bronze layer stores.
 *
 * @param id document id: the chave de acesso when known, else a content hash
 * @param bytes the content, possibly gzip-compressed; copied on the way in and out, read it with {@link #openStream()}
 * @param mediaType the declared form of the content
 * @param source where it came from (a URL, a file path, an object key), for lineage
 * @param fetchedAt when the source handed it over
 */
public record RawDocument(String id, byte[] bytes, MediaType mediaType, String source, Instant fetchedAt) {
    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Cannot create RawDocument from " + source + ": id is blank");
        }
        bytes = bytes.clone();
    }

    /** Returns a copy of the content. Prefer {@link #openStream()}, which does not copy. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The content's length in bytes. */
    public int size() {
        return bytes.length;
    }

    /** Whether the content is gzip-compressed (it starts with the gzip magic number). */
    public boolean isGzip() {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /**
     * The file extension a stored copy of this document gets: {@code .xml}, {@code .json}, {@code .ndjson} or
     * {@code .bin} by media type, followed by {@code .gz} when the content is gzip-compressed.
     */
    public String fileExtension() {
        String base = switch (mediaType) {
            case XML -> ".xml";
            case JSON -> ".json";
            case NDJSON -> ".ndjson";
            case UNKNOWN -> ".bin";
        };
        return isGzip() ? base + ".gz" : base;
    }

    /** A fresh stream over the content, without copying it. */
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawDocument that
                && id.equals(that.id)
                && Arrays.equals(bytes, that.bytes)
                && mediaType == that.mediaType
                && source.equals(that.source)
                && fetchedAt.equals(that.fetchedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, Arrays.hashCode(bytes), mediaType, source, fetchedAt);
    }

    @Override
    public String toString() {
        return "RawDocument[id=" + id + ", size=" + bytes.length + ", mediaType=" + mediaType + ", source=" + source
                + ", fetchedAt=" + fetchedAt + "]";
    }
}
