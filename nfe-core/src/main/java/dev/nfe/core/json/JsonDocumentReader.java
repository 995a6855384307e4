package dev.nfe.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.nfe.core.spi.Finding;
import java.io.IOException;

/**
 * Reads JSON with explicit parser limits: one document (or page element) into a tree, or a whole page as a token
 * stream. Numbers are kept exact ({@link java.math.BigDecimal} from the token text, trailing zeros kept), duplicate
 * members are an error, and parser locations never include document content.
 */
final class JsonDocumentReader {
    /** Depth of one document: NF-e needs about 12 levels, xmltodict arrays add a few. */
    static final int MAX_DOCUMENT_DEPTH = 64;
    /** Depth a page tolerates while skipping over elements; a deeper element is still rejected on its own. */
    static final int MAX_PAGE_DEPTH = 1000;
    /**
     * The longest string value of one document, in characters. The longest a real one holds is an embedded NF-e XML
     * or its base64, and SEFAZ refuses messages over 500 KB; a tree with a string of n characters needs about 5n
     * bytes of heap while it is built, so longer values are rejected before they are buffered.
     */
    static final int MAX_STRING_CHARS = 8 << 20;

    private final JsonMapper documentMapper;
    private final JsonFactory pageFactory;

    JsonDocumentReader(long maxDocumentBytes) {
        int limit = Math.toIntExact(maxDocumentBytes);
        JsonFactory documentFactory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DOCUMENT_DEPTH)
                        .maxStringLength(Math.min(limit, MAX_STRING_CHARS))
                        .maxDocumentLength(limit)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.documentMapper = JsonMapper.builder(documentFactory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .build();
        this.pageFactory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_PAGE_DEPTH)
                        .maxStringLength(limit)
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /**
     * Reads the JSON value in {@code bytes[offset, offset + length)} as a tree.
     *
     * @param start where the value starts in its page, to report page positions
     */
    JsonNode readTree(byte[] bytes, int offset, int length, TextPosition start) throws JsonRejection {
        try {
            JsonNode tree = documentMapper.readTree(bytes, offset, length);
            if (tree.isMissingNode()) {
                throw new JsonRejection(JsonProblem.JSON_MALFORMED.at("", "no JSON value at " + start));
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new JsonRejection(describe(e, start));
        } catch (IOException e) {
            throw new JsonRejection(JsonProblem.JSON_MALFORMED.at("", "cannot read JSON: " + e.getMessage()));
        }
    }

    /** A streaming parser over a whole page, with page limits. The caller closes it. */
    JsonParser openPage(byte[] bytes) throws IOException {
        return pageFactory.createParser(bytes);
    }

    /** The finding for a parser failure, with the page position when the parser knows it. */
    static Finding describe(JsonProcessingException e, TextPosition start) {
        String where = e.getLocation() == null ? "" : " at " + start.resolve(e.getLocation());
        if (e instanceof StreamConstraintsException) {
            return JsonProblem.JSON_LIMIT_EXCEEDED.at("", "JSON exceeds a parser limit" + where + ": "
                    + e.getOriginalMessage());
        }
        return JsonProblem.JSON_MALFORMED.at("", "cannot parse JSON" + where + ": " + e.getOriginalMessage());
    }
}
