package dev.nfe.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which supported form a JSON document is in: an envelope (a string at the XML pointer), an xmltodict tree
 * (one root member named after an NF-e root, {@code @}-attributes), or a Standardize tree ({@code attributes}
 * objects; the root member may be missing, then the root is inferred from its children). A document that fits none,
 * or mixes xmltodict and Standardize markers, is rejected with {@code JSON_UNKNOWN_FORM}.
 */
final class JsonFormDetector {
    /** NF-e roots a JSON tree may start at; {@code infNFe} is wrapped into an {@code NFe}. */
    static final Set<String> ROOT_NAMES =
            Set.of("nfeProc", "NFe", "infNFe", "procEventoNFe", "evento", "resNFe", "resEvento");

    static final List<JsonPointer> DEFAULT_XML_POINTERS = List.of(
            JsonPointer.compile("/xml"), JsonPointer.compile("/document"), JsonPointer.compile("/content"),
            JsonPointer.compile("/nfeProc"));

    private static final int KEYS_IN_MESSAGES = 8;

    private final Optional<JsonPointer> xmlPointer;

    JsonFormDetector(Optional<String> xmlPointer) {
        this.xmlPointer = Objects.requireNonNull(xmlPointer, "xmlPointer").map(JsonPointer::compile);
    }

    DetectedForm detect(JsonNode root) throws JsonRejection {
        if (!root.isObject()) {
            throw new JsonRejection(JsonProblem.JSON_WRONG_TYPE.at("",
                    "a document must be a JSON object, was " + JsonXmlConverter.kind(root)));
        }
        Optional<EnvelopeForm> envelope = envelope(root);
        if (envelope.isPresent()) {
            return envelope.get();
        }
        Optional<XmlTree> tree = xmlTree(root);
        if (tree.isPresent()) {
            return tree.get();
        }
        for (JsonPointer candidate : xmlPointer.map(List::of).orElse(DEFAULT_XML_POINTERS)) {
            JsonNode value = root.at(candidate);
            if (!value.isMissingNode() && !value.isNull()) {
                throw new JsonRejection(JsonProblem.JSON_WRONG_TYPE.at(candidate.toString(),
                        "the envelope's XML must be a string, was " + JsonXmlConverter.kind(value)));
            }
        }
        throw new JsonRejection(JsonProblem.JSON_UNKNOWN_FORM.at("",
                "not an NF-e document in xmltodict or Standardize form, nor an envelope with the XML at "
                        + xmlPointer.map(JsonPointer::toString).orElse("/xml, /document, /content or /nfeProc")
                        + "; members: " + keys(root)));
    }

    private Optional<EnvelopeForm> envelope(JsonNode root) throws JsonRejection {
        if (xmlPointer.isPresent()) {
            JsonNode value = root.at(xmlPointer.get());
            if (value.isTextual()) {
                return Optional.of(new EnvelopeForm(xmlPointer.get(), value.textValue()));
            }
            if (value.isContainerNode()) {
                throw new JsonRejection(JsonProblem.JSON_WRONG_TYPE.at(xmlPointer.get().toString(),
                        "the envelope's XML must be a string, was " + JsonXmlConverter.kind(value)));
            }
            return Optional.empty();
        }
        for (JsonPointer candidate : DEFAULT_XML_POINTERS) {
            JsonNode value = root.at(candidate);
            if (value.isTextual()) {
                return Optional.of(new EnvelopeForm(candidate, value.textValue()));
            }
        }
        return Optional.empty();
    }

    private static Optional<XmlTree> xmlTree(JsonNode root) throws JsonRejection {
        if (root.size() == 1) {
            Map.Entry<String, JsonNode> only = root.properties().iterator().next();
            if (ROOT_NAMES.contains(only.getKey()) && only.getValue().isObject()) {
                JsonPointer pointer = JsonPointer.empty().appendProperty(only.getKey());
                return Optional.of(new XmlTree(dialectOf(only.getValue(), pointer), only.getKey(), only.getValue(),
                        pointer));
            }
        }
        Optional<String> inferred = inferredRootName(root);
        if (inferred.isEmpty()) {
            return Optional.empty();
        }
        Markers markers = Markers.of(root);
        if (markers.xmltodict()) {
            throw new JsonRejection(JsonProblem.JSON_UNKNOWN_FORM.at("",
                    "a document without a root member is Standardize, but it has xmltodict @ or #text members"));
        }
        return Optional.of(new XmlTree(JsonDialect.STANDARDIZE, inferred.get(), root, JsonPointer.empty()));
    }

    private static JsonDialect dialectOf(JsonNode content, JsonPointer pointer) throws JsonRejection {
        Markers markers = Markers.of(content);
        if (markers.xmltodict() && markers.standardize()) {
            throw new JsonRejection(JsonProblem.JSON_UNKNOWN_FORM.at(pointer.toString(),
                    "mixes xmltodict @ or #text members with Standardize attributes objects"));
        }
        // without any attribute both forms give the same XML; xmltodict is the stricter reading
        return markers.standardize() ? JsonDialect.STANDARDIZE : JsonDialect.XMLTODICT;
    }

    /**
     * The root of a Standardize document that starts below its root element (PHP's json_encode of the root
     * SimpleXMLElement), from the children only that root has.
     */
    private static Optional<String> inferredRootName(JsonNode root) {
        if (root.has("NFe") && root.has("protNFe")) {
            return Optional.of("nfeProc");
        }
        if (root.has("infNFe")) {
            return Optional.of("NFe");
        }
        if (root.has("ide") && root.has("emit") && root.path(JsonDialect.ATTRIBUTES).path("Id").asText()
                .startsWith("NFe")) {
            return Optional.of("infNFe");
        }
        if (root.has("evento") && root.has("retEvento")) {
            return Optional.of("procEventoNFe");
        }
        if (root.path("infEvento").has("detEvento")) {
            return Optional.of("evento");
        }
        if (root.has("chNFe") && root.has("tpEvento") && root.has("nSeqEvento")) {
            return Optional.of("resEvento");
        }
        if (root.has("chNFe") && root.has("vNF") && root.has("cSitNFe")) {
            return Optional.of("resNFe");
        }
        return Optional.empty();
    }

    private static String keys(JsonNode root) {
        List<String> keys = new ArrayList<>();
        Iterator<String> names = root.fieldNames();
        while (names.hasNext() && keys.size() < KEYS_IN_MESSAGES) {
            String name = names.next();
            keys.add(name.length() <= 40 ? name : name.substring(0, 40) + "…");
        }
        return keys + (root.size() > KEYS_IN_MESSAGES ? " and " + (root.size() - KEYS_IN_MESSAGES) + " more" : "");
    }

    /** Which dialect's attribute markers a tree contains. */
    private record Markers(boolean xmltodict, boolean standardize) {
        static Markers of(JsonNode node) {
            Markers found = new Markers(false, false);
            if (node.isArray()) {
                for (JsonNode item : node) {
                    found = found.or(of(item));
                }
            } else if (node.isObject()) {
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    String key = member.getKey();
                    found = found.or(new Markers(key.startsWith("@") || key.equals("#text"),
                            key.equals(JsonDialect.ATTRIBUTES) && member.getValue().isObject()));
                    found = found.or(of(member.getValue()));
                }
            }
            return found;
        }

        Markers or(Markers other) {
            return new Markers(xmltodict || other.xmltodict, standardize || other.standardize);
        }
    }
}
