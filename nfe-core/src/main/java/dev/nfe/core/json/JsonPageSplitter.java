package dev.nfe.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.nfe.core.spi.MediaType;
import java.io.IOException;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Splits a received JSON page into the documents it holds without building a tree of the page: a JSON array is
 * streamed and each element's byte range handed on as soon as the parser has skipped over it; NDJSON (declared, or a
 * one-line value followed by more) is split at line ends; anything else is one document.
 *
 * <p>A syntax error inside an array ends the split, since the array's structure is lost: the stretch from the failing
 * element to the end of the page becomes one {@link PagePart.Broken}, the elements before it are already handed on.
 * In NDJSON a bad line is only that line.
 */
final class JsonPageSplitter {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final JsonDocumentReader reader;

    JsonPageSplitter(JsonDocumentReader reader) {
        this.reader = reader;
    }

    /**
     * The index of the first byte of {@code bytes} that is neither a UTF-8 byte order mark nor JSON whitespace, or -1.
     */
    static int firstSignificant(byte[] bytes) {
        int i = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        while (i < bytes.length && isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length ? i : -1;
    }

    /** Hands every part of {@code page} to {@code parts}, in page order. {@code page} must not be blank. */
    void split(byte[] page, MediaType mediaType, Consumer<PagePart> parts) {
        if (mediaType == MediaType.NDJSON) {
            lines(page, parts);
        } else if (page[firstSignificant(page)] == '[') {
            array(page, parts);
        } else {
            rootValues(page, parts);
        }
    }

    private void array(byte[] page, Consumer<PagePart> parts) {
        int index = 0;
        int resume = 0;
        try (JsonParser parser = reader.openPage(page)) {
            parser.nextToken();
            resume = offsetAfter(parser);
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                JsonLocation start = parser.currentTokenLocation();
                skipValue(parser, token);
                int end = offsetAfter(parser);
                int begin = (int) start.getByteOffset();
                parts.accept(new PagePart.Element(OptionalInt.of(index), begin, end - begin,
                        new TextPosition(start.getLineNr(), start.getColumnNr())));
                index++;
                resume = end;
            }
            resume = offsetAfter(parser);
            if (parser.nextToken() != null) {
                parts.accept(new PagePart.Broken(OptionalInt.of(index), resume, page.length - resume,
                        JsonProblem.JSON_MALFORMED.at("", "unexpected content after the page's array at "
                                + position(parser.currentTokenLocation()))));
            }
        } catch (JsonProcessingException e) {
            parts.accept(new PagePart.Broken(OptionalInt.of(index), resume, page.length - resume,
                    JsonDocumentReader.describe(e, TextPosition.START)));
        } catch (IOException e) {
            parts.accept(new PagePart.Broken(OptionalInt.of(index), resume, page.length - resume,
                    JsonProblem.JSON_MALFORMED.at("", "cannot read the page: " + e.getMessage())));
        }
    }

    private void rootValues(byte[] page, Consumer<PagePart> parts) {
        try (JsonParser parser = reader.openPage(page)) {
            JsonToken token = parser.nextToken();
            int begin = (int) parser.currentTokenLocation().getByteOffset();
            skipValue(parser, token);
            int end = offsetAfter(parser);
            if (parser.nextToken() == null) {
                parts.accept(new PagePart.Element(OptionalInt.empty(), 0, page.length, TextPosition.START));
            } else if (!containsLineEnd(page, begin, end)) {
                lines(page, parts);
            } else {
                parts.accept(new PagePart.Broken(OptionalInt.empty(), 0, page.length,
                        JsonProblem.JSON_MALFORMED.at("", "unexpected content after the root value at "
                                + position(parser.currentTokenLocation()))));
            }
        } catch (JsonProcessingException e) {
            parts.accept(new PagePart.Broken(OptionalInt.empty(), 0, page.length,
                    JsonDocumentReader.describe(e, TextPosition.START)));
        } catch (IOException e) {
            parts.accept(new PagePart.Broken(OptionalInt.empty(), 0, page.length,
                    JsonProblem.JSON_MALFORMED.at("", "cannot read the document: " + e.getMessage())));
        }
    }

    private static void lines(byte[] page, Consumer<PagePart> parts) {
        int index = 0;
        int line = 1;
        int position = 0;
        while (position < page.length) {
            int end = indexOf(page, (byte) '\n', position);
            int stop = end > position && page[end - 1] == '\r' ? end - 1 : end;
            if (!isBlank(page, position, stop)) {
                parts.accept(new PagePart.Element(OptionalInt.of(index), position, stop - position,
                        new TextPosition(line, 1)));
                index++;
            }
            line++;
            position = end + 1;
        }
    }

    /** Moves the parser past the value that starts at {@code token}, strings included (they are read lazily). */
    private static void skipValue(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            parser.finishToken();
        } else {
            parser.skipChildren();
        }
    }

    private static int offsetAfter(JsonParser parser) {
        return (int) parser.currentLocation().getByteOffset();
    }

    private static String position(JsonLocation location) {
        return TextPosition.START.resolve(location).toString();
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return bytes.length;
    }

    private static boolean containsLineEnd(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        int i = from;
        if (from == 0 && startsWith(bytes, UTF8_BOM)) {
            i = Math.min(UTF8_BOM.length, to);
        }
        for (; i < to; i++) {
            if (!isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
