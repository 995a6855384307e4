package dev.nfe.core.json;

import java.util.Objects;

/**
 * The access key an API envelope states for its document.
 *
 * @param pointer where the envelope keeps it
 * @param value the key as given, trimmed
 */
record EnvelopeKey(String pointer, String value) {
    EnvelopeKey {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(value, "value");
    }
}
