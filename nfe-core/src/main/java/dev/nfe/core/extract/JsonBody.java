package dev.nfe.core.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.nfe.core.spi.NfeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A JSON response body, checked well-formed once and then read with a streaming parser: values at a JSON pointer
 * and the elements of an array as the exact bytes received, so that a document taken out of a list page is stored
 * as the server sent it (number scale, key order and escapes kept) and no tree of the whole page is built.
 */
final class JsonBody {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final byte[] bytes;

    private JsonBody(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Checks that {@code reply} holds one well-formed JSON value.
     *
     * @throws NfeException naming the URL, status, content type and a short excerpt when it is not JSON at all, or
     *     the parser's complaint and position when it is malformed or truncated
     */
    static JsonBody parse(HttpReply reply, Redactor redactor) {
        int first = DocumentId.firstSignificantByte(reply.body());
        if (first != '{' && first != '[') {
            throw new NfeException("Expected JSON from " + reply.source() + " but got HTTP " + reply.status() + " ("
                    + reply.contentType() + "): " + BodyExcerpt.of(reply.body(), redactor));
        }
        try {
            check(reply.body());
        } catch (JsonProcessingException e) {
            throw new NfeException("Cannot read the response of " + reply.source() + ": not valid JSON, "
                    + describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading an in-memory array failed", e);
        }
        return new JsonBody(reply.body());
    }

    /** A JSON value already known to be well-formed, such as an element taken from a checked body. */
    static JsonBody trusted(byte[] bytes) {
        return new JsonBody(bytes);
    }

    private static void check(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            parser.nextToken();
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new TrailingContentException(parser);
            }
        }
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String message = e.getOriginalMessage();
        String shortMessage = message.length() > 120 ? message.substring(0, 120) + "…" : message;
        return location == null
                ? shortMessage
                : shortMessage + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Whether the body is a JSON array. */
    boolean isArray() {
        return DocumentId.firstSignificantByte(bytes) == '[';
    }

    /** The scalar at {@code pointer} as text; empty when it is missing, null, or not a scalar. */
    Optional<String> text(JsonPointer pointer) {
        try (JsonParser parser = JSON.createParser(bytes)) {
            if (!seek(parser, pointer)) {
                return Optional.empty();
            }
            JsonToken token = parser.currentToken();
            return token.isScalarValue() && token != JsonToken.VALUE_NULL
                    ? Optional.of(parser.getText())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a checked JSON body failed", e);
        }
    }

    /** The elements of the array at {@code pointer}, each as its exact bytes; empty when there is no array. */
    Optional<List<byte[]>> elements(JsonPointer pointer) {
        try (JsonParser parser = JSON.createParser(bytes)) {
            if (!seek(parser, pointer) || parser.currentToken() != JsonToken.START_ARRAY) {
                return Optional.empty();
            }
            List<byte[]> elements = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int start = (int) parser.currentTokenLocation().getByteOffset();
                if (parser.currentToken().isStructStart()) {
                    parser.skipChildren();
                } else {
                    parser.finishToken();
                }
                int end = (int) parser.currentLocation().getByteOffset();
                elements.add(Arrays.copyOfRange(bytes, start, end));
            }
            return Optional.of(elements);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a checked JSON body failed", e);
        }
    }

    /** Moves {@code parser} onto the value at {@code pointer}; false when there is none. */
    private static boolean seek(JsonParser parser, JsonPointer pointer) throws IOException {
        JsonToken token = parser.nextToken();
        JsonPointer rest = pointer;
        while (!rest.matches()) {
            if (token == JsonToken.START_OBJECT) {
                String wanted = rest.getMatchingProperty();
                boolean found = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    token = parser.nextToken();
                    if (name.equals(wanted)) {
                        found = true;
                        break;
                    }
                    parser.skipChildren();
                }
                if (!found) {
                    return false;
                }
            } else if (token == JsonToken.START_ARRAY && rest.getMatchingIndex() >= 0) {
                int wanted = rest.getMatchingIndex();
                int index = 0;
                boolean found = false;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (index++ == wanted) {
                        found = true;
                        break;
                    }
                    parser.skipChildren();
                }
                if (!found) {
                    return false;
                }
            } else {
                return false;
            }
            rest = rest.tail();
        }
        return token != null;
    }

    /** Content after the first JSON value. */
    private static final class TrailingContentException extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        TrailingContentException(JsonParser parser) {
            super("unexpected content after the JSON value", parser.currentTokenLocation());
        }
    }
}
