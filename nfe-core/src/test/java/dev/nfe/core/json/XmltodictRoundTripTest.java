package dev.nfe.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nfe.core.testing.NfeCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Corpus XML → xmltodict JSON (made here with DOM, as Python's xmltodict would) → our converter → XML: every
 * attribute and every non-empty element text comes back, at the same path, in the same order.
 */
class XmltodictRoundTripTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ConverterFixture fixture = new ConverterFixture();

    static Stream<Named<Path>> corpusXmlFiles() {
        return NfeCorpus.require().xml().stream().map(file -> Named.of(file.getFileName().toString(), file));
    }

    @ParameterizedTest
    @MethodSource("corpusXmlFiles")
    void convert_xmltodictOfCorpusXml_givesBackEveryValue(Path file) throws Exception {
        Document original = parseOrSkip(Files.readAllBytes(file));
        Element root = original.getDocumentElement();
        assumeThat(JsonFormDetector.ROOT_NAMES).as("root %s", root.getLocalName()).contains(root.getLocalName());
        ObjectNode json = NODES.objectNode();
        json.set(root.getTagName(), xmltodict(root));

        byte[] xml = fixture.converted(MAPPER.writeValueAsString(json)).xml().bytes();

        List<String> expected = new ArrayList<>();
        values(root, "", expected);
        List<String> actual = new ArrayList<>();
        values(CorpusXml.parse(xml).getDocumentElement(), "", actual);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static Document parseOrSkip(byte[] bytes) throws IOException {
        try {
            return CorpusXml.parse(bytes);
        } catch (SAXException e) {
            assumeThat(e).as("malformed corpus file").isNull();
            throw new IllegalStateException(e);
        }
    }

    /** What xmltodict.parse gives for {@code element}: attributes as @name, text as #text or the value itself. */
    private static JsonNode xmltodict(Element element) {
        List<Element> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element child) {
                children.add(child);
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        String trimmed = text.toString().trim();
        NamedNodeMap attributes = element.getAttributes();
        if (children.isEmpty() && attributes.getLength() == 0) {
            return trimmed.isEmpty() ? NODES.nullNode() : NODES.textNode(trimmed);
        }
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            object.put("@" + attribute.getName(), attribute.getValue());
        }
        for (Element child : children) {
            JsonNode value = xmltodict(child);
            JsonNode previous = object.get(child.getTagName());
            if (previous == null) {
                object.set(child.getTagName(), value);
            } else if (previous instanceof ArrayNode list) {
                list.add(value);
            } else {
                object.set(child.getTagName(), NODES.arrayNode().add(previous).add(value));
            }
        }
        if (!trimmed.isEmpty()) {
            object.put("#text", trimmed);
        }
        return object;
    }

    /** Every attribute (but namespace declarations) and non-empty text, as path=value, in document order. */
    private static void values(Element element, String parent, List<String> into) {
        String path = parent + "/" + element.getLocalName();
        NamedNodeMap attributes = element.getAttributes();
        List<String> attributeValues = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                attributeValues.add(path + "/@" + attribute.getLocalName() + "=" + attribute.getValue());
            }
        }
        attributeValues.stream().sorted().forEach(into::add);
        StringBuilder text = new StringBuilder();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element child) {
                values(child, path, into);
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        if (!text.toString().isBlank()) {
            into.add(path + "=" + text.toString().trim());
        }
    }
}
