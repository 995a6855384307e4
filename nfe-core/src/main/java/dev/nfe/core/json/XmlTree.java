package dev.nfe.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A JSON object that is an NF-e XML element tree in one dialect.
 *
 * @param dialect how attributes and text are marked
 * @param rootName the XML root element's name ({@code infNFe} is wrapped into an {@code NFe} on conversion)
 * @param content the root element's object
 * @param pointer where {@code content} is in the JSON document
 */
record XmlTree(JsonDialect dialect, String rootName, JsonNode content, JsonPointer pointer) implements DetectedForm {
    XmlTree {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(rootName, "rootName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(pointer, "pointer");
    }
}
