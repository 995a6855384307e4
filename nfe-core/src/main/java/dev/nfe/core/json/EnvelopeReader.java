package dev.nfe.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.nfe.core.spi.Finding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an API envelope: decodes its XML string (plain text, base64, base64 of gzip) and picks up the access key and
 * received-at time kept next to it.
 */
final class EnvelopeReader {
    static final List<JsonPointer> DEFAULT_KEY_POINTERS = List.of(
            JsonPointer.compile("/chave"), JsonPointer.compile("/chNFe"), JsonPointer.compile("/accessKey"));
    static final List<JsonPointer> DEFAULT_RECEIVED_AT_POINTERS = List.of(
            JsonPointer.compile("/receivedAt"), JsonPointer.compile("/dhRecbto"));

    /** A leading XML declaration and its encoding; the string is already decoded, so a non-UTF-8 one is dropped. */
    private static final Pattern DECLARATION =
            Pattern.compile("^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"'][^>]*\\?>");

    private final List<JsonPointer> keyPointers;
    private final List<JsonPointer> receivedAtPointers;
    private final ContentEncoding encoding;
    private final long maxDocumentBytes;
    private final GzipInflater inflater;

    EnvelopeReader(JsonOptions options, GzipInflater inflater) {
        this.keyPointers = options.keyPointer().map(JsonPointer::compile).map(List::of).orElse(DEFAULT_KEY_POINTERS);
        this.receivedAtPointers = options.receivedAtPointer().map(JsonPointer::compile).map(List::of)
                .orElse(DEFAULT_RECEIVED_AT_POINTERS);
        this.encoding = options.encoding();
        this.maxDocumentBytes = options.maxDocumentBytes();
        this.inflater = inflater;
    }

    EnvelopeContent read(JsonNode root, EnvelopeForm form) throws JsonRejection {
        byte[] xml = decode(form);
        Optional<EnvelopeKey> key = key(root);
        List<Finding> findings = new ArrayList<>();
        Optional<Instant> receivedAt = receivedAt(root, findings);
        return new EnvelopeContent(xml, key, receivedAt, findings);
    }

    private byte[] decode(EnvelopeForm form) throws JsonRejection {
        String content = form.content();
        ContentEncoding effective = encoding;
        if (effective == ContentEncoding.AUTO) {
            effective = startsWithMarkup(content) ? ContentEncoding.PLAIN : ContentEncoding.BASE64;
        }
        if (effective == ContentEncoding.PLAIN) {
            return withoutForeignDeclaration(content).getBytes(StandardCharsets.UTF_8);
        }
        byte[] decoded = base64(content, form.pointer().toString());
        return GzipInflater.isGzip(decoded)
                ? inflater.inflate(decoded, maxDocumentBytes, form.pointer().toString())
                : decoded;
    }

    private static boolean startsWithMarkup(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return c == '<';
            }
        }
        return false;
    }

    /**
     * The XML text without a declaration naming an encoding other than UTF-8: the text is re-encoded as UTF-8, so
     * such a declaration would make the XML parser misread every non-ASCII character.
     */
    private static String withoutForeignDeclaration(String content) {
        Matcher declaration = DECLARATION.matcher(content);
        if (declaration.find() && !declaration.group(1).equalsIgnoreCase("UTF-8")) {
            return content.substring(declaration.end());
        }
        return content;
    }

    private byte[] base64(String content, String pointer) throws JsonRejection {
        String text = withoutLineBreaks(content);
        long decodedBytes = text.length() / 4L * 3;
        if (decodedBytes > maxDocumentBytes) {
            throw new JsonRejection(JsonProblem.JSON_TOO_LARGE.at(pointer, "the envelope's base64 XML decodes to about "
                    + decodedBytes + " bytes, more than maxDocumentBytes " + maxDocumentBytes + " allows"));
        }
        Base64.Decoder decoder = text.indexOf('-') >= 0 || text.indexOf('_') >= 0
                ? Base64.getUrlDecoder()
                : Base64.getDecoder();
        try {
            byte[] decoded = decoder.decode(text);
            if (decoded.length == 0) {
                throw new JsonRejection(JsonProblem.ENVELOPE_BAD_BASE64.at(pointer, "the envelope's XML is empty"));
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw new JsonRejection(JsonProblem.ENVELOPE_BAD_BASE64.at(pointer,
                    "the envelope's XML is neither XML text nor valid base64: " + e.getMessage()));
        }
    }

    /** {@code content} without the blanks and line breaks base64 writers insert; itself when it has none. */
    private static String withoutLineBreaks(String content) {
        int first = 0;
        while (first < content.length() && !isBase64Blank(content.charAt(first))) {
            first++;
        }
        if (first == content.length()) {
            return content;
        }
        StringBuilder compact = new StringBuilder(content.length());
        compact.append(content, 0, first);
        for (int i = first; i < content.length(); i++) {
            char c = content.charAt(i);
            if (!isBase64Blank(c)) {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    private static boolean isBase64Blank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private Optional<EnvelopeKey> key(JsonNode root) throws JsonRejection {
        Optional<Map.Entry<JsonPointer, JsonNode>> member = first(root, keyPointers);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        JsonPointer pointer = member.get().getKey();
        JsonNode value = member.get().getValue();
        if (!value.isTextual() && !value.isIntegralNumber()) {
            throw new JsonRejection(JsonProblem.JSON_WRONG_TYPE.at(pointer.toString(),
                    "the envelope's access key must be a string, was " + JsonXmlConverter.kind(value)));
        }
        String key = XmlText.of(value).trim();
        return key.isEmpty() ? Optional.empty() : Optional.of(EnvelopeKey.of(pointer.toString(), key));
    }

    private Optional<Instant> receivedAt(JsonNode root, List<Finding> findings) throws JsonRejection {
        Optional<Map.Entry<JsonPointer, JsonNode>> member = first(root, receivedAtPointers);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        String pointer = member.get().getKey().toString();
        JsonNode value = member.get().getValue();
        if (!value.isTextual()) {
            throw new JsonRejection(JsonProblem.JSON_WRONG_TYPE.at(pointer,
                    "the envelope's received-at time must be a string, was " + JsonXmlConverter.kind(value)));
        }
        String text = value.textValue().trim();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            findings.add(JsonProblem.ENVELOPE_BAD_RECEIVED_AT.at(pointer,
                    "received-at is not an ISO-8601 date-time with offset, kept the fetch time instead: "
                            + (text.length() <= 40 ? text : text.substring(0, 40) + "…")));
            return Optional.empty();
        }
    }

    private static Optional<Map.Entry<JsonPointer, JsonNode>> first(JsonNode root, List<JsonPointer> pointers) {
        for (JsonPointer pointer : pointers) {
            JsonNode value = root.at(pointer);
            if (!value.isMissingNode() && !value.isNull()) {
                return Optional.of(Map.entry(pointer, value));
            }
        }
        return Optional.empty();
    }
}
