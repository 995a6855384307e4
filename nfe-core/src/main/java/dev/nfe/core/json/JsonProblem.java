package dev.nfe.core.json;

import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.Severity;

/** The finding codes of the JSON deserializer, each with the severity it always has. */
enum JsonProblem {
    /** Not JSON: a syntax error, a duplicate member, content after the root value. */
    JSON_MALFORMED(Severity.ERROR),
    /** A JSON value of the wrong type where the conversion needs another (an object where text is needed). */
    JSON_WRONG_TYPE(Severity.ERROR),
    /** An object that is none of the supported forms, or that mixes two of them. */
    JSON_UNKNOWN_FORM(Severity.ERROR),
    /** A document (or page element) larger than the per-document limit. */
    JSON_TOO_LARGE(Severity.ERROR),
    /** A parser limit such as the nesting depth or the number length. */
    JSON_LIMIT_EXCEEDED(Severity.ERROR),
    /** A member name that is no XML name, or text with characters XML 1.0 forbids. */
    JSON_NOT_XML_COMPATIBLE(Severity.ERROR),
    /** An envelope whose XML string is not valid base64. */
    ENVELOPE_BAD_BASE64(Severity.ERROR),
    /** An envelope whose received-at time is not an ISO-8601 instant with offset; the fetch time is kept. */
    ENVELOPE_BAD_RECEIVED_AT(Severity.WARNING),
    /** An envelope whose access key differs from the one inside its document. */
    ENVELOPE_CHAVE_MISMATCH(Severity.WARNING),
    /** gzip content that inflates past the allowed ratio of inflated to compressed size. */
    GZIP_RATIO_EXCEEDED(Severity.ERROR),
    /** gzip content that inflates past the size limit. */
    GZIP_TOO_LARGE(Severity.ERROR),
    /** gzip content that is corrupt or truncated. */
    GZIP_MALFORMED(Severity.ERROR);

    private final Severity severity;

    JsonProblem(Severity severity) {
        this.severity = severity;
    }

    /** A finding of this code at {@code path} (a JSON pointer, empty for the whole document). */
    Finding at(String path, String message) {
        return new Finding(name(), severity, path, message);
    }
}
