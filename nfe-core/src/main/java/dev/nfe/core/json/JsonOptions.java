package dev.nfe.core.json;

import java.util.Objects;
import java.util.Optional;

/**
 * Options of the JSON deserializer: where an API envelope keeps the XML and its metadata, how the XML is encoded, and
 * the size limits. Pointers are JSON pointers ({@code /data/xml}); an absent pointer means the default candidates are
 * tried in order (XML: {@code /xml}, {@code /document}, {@code /content}, {@code /nfeProc}; access key:
 * {@code /chave}, {@code /chNFe}, {@code /accessKey}; received-at: {@code /receivedAt}, {@code /dhRecbto}).
 *
 * @param xmlPointer where an envelope keeps the document XML
 * @param keyPointer where an envelope keeps the chave de acesso
 * @param receivedAtPointer where an envelope keeps the time it received the document
 * @param encoding how the envelope's XML string is encoded
 * @param maxDocumentBytes limit of one JSON document (of each element of a page) and of inflated envelope content
 * @param maxPageBytes limit of a whole gzip-compressed page once inflated
 * @param maxInflateRatio limit of inflated size over compressed size, enforced while inflating
 */
public record JsonOptions(
        Optional<String> xmlPointer,
        Optional<String> keyPointer,
        Optional<String> receivedAtPointer,
        ContentEncoding encoding,
        long maxDocumentBytes,
        long maxPageBytes,
        int maxInflateRatio) {

    /** 20 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    /** 1 GiB. */
    public static final long DEFAULT_MAX_PAGE_BYTES = 1024L * 1024 * 1024;
    /** Inflated size may be at most 100 times the compressed size. */
    public static final int DEFAULT_MAX_INFLATE_RATIO = 100;
    /** The largest array a JVM reliably allocates, which bounds every size limit. */
    public static final long MAX_BYTES = Integer.MAX_VALUE - 16L;

    public JsonOptions {
        Objects.requireNonNull(xmlPointer, "xmlPointer");
        Objects.requireNonNull(keyPointer, "keyPointer");
        Objects.requireNonNull(receivedAtPointer, "receivedAtPointer");
        Objects.requireNonNull(encoding, "encoding");
        requirePointer("xmlPointer", xmlPointer);
        requirePointer("keyPointer", keyPointer);
        requirePointer("receivedAtPointer", receivedAtPointer);
        requireRange("maxDocumentBytes", maxDocumentBytes, 1, MAX_BYTES);
        requireRange("maxPageBytes", maxPageBytes, 1, MAX_BYTES);
        requireRange("maxInflateRatio", maxInflateRatio, 1, Integer.MAX_VALUE);
    }

    /** Default candidates for every pointer, {@code auto} encoding, 20 MiB per document, ratio 100. */
    public static JsonOptions defaults() {
        return new JsonOptions(Optional.empty(), Optional.empty(), Optional.empty(), ContentEncoding.AUTO,
                DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_PAGE_BYTES, DEFAULT_MAX_INFLATE_RATIO);
    }

    /** A copy whose envelope XML is at {@code pointer}. */
    public JsonOptions withXmlPointer(String pointer) {
        return new JsonOptions(Optional.of(pointer), keyPointer, receivedAtPointer, encoding, maxDocumentBytes,
                maxPageBytes, maxInflateRatio);
    }

    /** A copy whose envelope access key is at {@code pointer}. */
    public JsonOptions withKeyPointer(String pointer) {
        return new JsonOptions(xmlPointer, Optional.of(pointer), receivedAtPointer, encoding, maxDocumentBytes,
                maxPageBytes, maxInflateRatio);
    }

    /** A copy whose envelope received-at time is at {@code pointer}. */
    public JsonOptions withReceivedAtPointer(String pointer) {
        return new JsonOptions(xmlPointer, keyPointer, Optional.of(pointer), encoding, maxDocumentBytes,
                maxPageBytes, maxInflateRatio);
    }

    /** A copy with {@code value} as the envelope encoding. */
    public JsonOptions withEncoding(ContentEncoding value) {
        return new JsonOptions(xmlPointer, keyPointer, receivedAtPointer, value, maxDocumentBytes, maxPageBytes,
                maxInflateRatio);
    }

    /** A copy with {@code value} as the per-document limit. */
    public JsonOptions withMaxDocumentBytes(long value) {
        return new JsonOptions(xmlPointer, keyPointer, receivedAtPointer, encoding, value, maxPageBytes,
                maxInflateRatio);
    }

    /** A copy with {@code value} as the inflated page limit. */
    public JsonOptions withMaxPageBytes(long value) {
        return new JsonOptions(xmlPointer, keyPointer, receivedAtPointer, encoding, maxDocumentBytes, value,
                maxInflateRatio);
    }

    /** A copy with {@code value} as the inflate ratio limit. */
    public JsonOptions withMaxInflateRatio(int value) {
        return new JsonOptions(xmlPointer, keyPointer, receivedAtPointer, encoding, maxDocumentBytes, maxPageBytes,
                value);
    }

    /** Whether {@code pointer} is a JSON pointer that names a member (non-empty, starting with {@code /}). */
    static boolean isMemberPointer(String pointer) {
        return pointer.startsWith("/");
    }

    private static void requirePointer(String name, Optional<String> pointer) {
        if (pointer.isPresent() && !isMemberPointer(pointer.get())) {
            throw new IllegalArgumentException(
                    "Cannot create JsonOptions: " + name + " must be a JSON pointer starting with /, was "
                            + pointer.get());
        }
    }

    private static void requireRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "Cannot create JsonOptions: " + name + " must be in [" + min + ", " + max + "], was " + value);
        }
    }
}
