package dev.nfe.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Objects;

/**
 * A JSON object that carries the document XML as a string.
 *
 * @param pointer where the string is
 * @param content the string: XML text, or base64 of it, possibly gzip-compressed
 */
record EnvelopeForm(JsonPointer pointer, String content) implements DetectedForm {
    EnvelopeForm {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(content, "content");
    }
}
