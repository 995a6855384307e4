package dev.nfe.core.extract;

import dev.nfe.core.spi.MediaType;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Optional;

/**
 * A successful HTTP response read whole (within {@code maxResponseBytes}). The body array is shared, not copied:
 * nothing may modify it.
 */
final class HttpReply {
    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;
    private final String source;

    HttpReply(int status, HttpHeaders headers, byte[] body, String source) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.source = source;
    }

    int status() {
        return status;
    }

    HttpHeaders headers() {
        return headers;
    }

    byte[] body() {
        return body;
    }

    /** The request URL with the secret removed, for lineage and messages. */
    String source() {
        return source;
    }

    String contentType() {
        return headers.firstValue("Content-Type").orElse("no content type");
    }

    /** The media type the content type declares. */
    MediaType declaredType() {
        Optional<String> type = headers.firstValue("Content-Type").map(value -> value.toLowerCase(Locale.ROOT));
        if (type.isEmpty()) {
            return MediaType.UNKNOWN;
        }
        if (type.get().contains("ndjson") || type.get().contains("jsonl")) {
            return MediaType.NDJSON;
        }
        if (type.get().contains("json")) {
            return MediaType.JSON;
        }
        return type.get().contains("xml") ? MediaType.XML : MediaType.UNKNOWN;
    }
}
