package dev.nfe.core.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an API envelope carries the document's XML in its string field. */
public enum ContentEncoding {
    /** XML text when the string starts with {@code <}, else base64 (optionally of gzip). */
    AUTO,
    /** The string is the XML text. */
    PLAIN,
    /** The string is base64 of the XML bytes, optionally gzip-compressed before encoding. */
    BASE64;

    /** The name configurations use: {@code auto}, {@code plain}, {@code base64}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The encoding whose {@link #configName()} is {@code name}, if any. */
    public static Optional<ContentEncoding> fromConfigName(String name) {
        return Arrays.stream(values()).filter(e -> e.configName().equals(name)).findFirst();
    }
}
