package dev.nfe.core.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A short, single-line, secret-free excerpt of a response body for error messages: markup tags and control
 * characters become spaces, whitespace collapses, the secret is redacted, and at most {@value #MAX_CHARS}
 * characters remain.
 */
final class BodyExcerpt {
    static final int MAX_CHARS = 200;
    /** How much of an error body is read for its excerpt. */
    static final int READ_BYTES = 4096;

    private static final Pattern TAG = Pattern.compile("<[^>]{0,500}>");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private BodyExcerpt() {
    }

    static String of(byte[] body, Redactor redactor) {
        String text = new String(Arrays.copyOf(body, Math.min(body.length, READ_BYTES)), StandardCharsets.UTF_8);
        text = TAG.matcher(text).replaceAll(" ");
        text = CONTROL.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ").trim();
        text = redactor.redact(text);
        if (text.isEmpty()) {
            return "(empty body)";
        }
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1) + "…";
    }
}
