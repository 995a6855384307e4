package dev.nfe.core.json;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The access key an API envelope states for its document.
 *
 * @param pointer where the envelope keeps it
 * @param value the key as given, trimmed; cut to {@link #MAX_CHARS} characters (with a note of its length) when
 *     longer, so a hostile envelope cannot carry a huge value into ids, findings and log lines
 */
record EnvelopeKey(String pointer, String value) {
    /** The most characters of a stated key kept: more than any access key has. */
    static final int MAX_CHARS = 64;
    private static final Pattern CHAVE = Pattern.compile("[0-9A-Z]{44}");

    EnvelopeKey {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(value, "value");
    }

    /** The key {@code value} states at {@code pointer}, cut when longer than {@link #MAX_CHARS}. */
    static EnvelopeKey of(String pointer, String value) {
        return new EnvelopeKey(pointer, value.length() <= MAX_CHARS
                ? value
                : value.substring(0, MAX_CHARS) + "… (" + value.length() + " characters)");
    }

    /** Whether the key has an access key's form (44 digits or capital letters), so that it may name the document. */
    boolean isChave() {
        return CHAVE.matcher(value).matches();
    }
}
