package dev.nfe.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link XmlTree} as UTF-8 XML with the JDK's {@link XMLStreamWriter}, keeping the JSON member order as the
 * XML order. Arrays become repeated elements, {@code null} (xmltodict's empty element) is omitted, an empty object
 * becomes an empty element. The root gets the NF-e namespace and {@code Signature} the XML-DSig namespace when the
 * JSON does not declare one (Standardize drops namespace declarations); an {@code infNFe} root is wrapped into an
 * {@code NFe}.
 */
final class JsonXmlConverter {
    static final String NFE_NAMESPACE = "http://www.portalfiscal.inf.br/nfe";
    static final String DSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";

    private static final String INF_NFE = "infNFe";
    private static final String XMLNS = "xmlns";
    private static final String XMLNS_PREFIX = "xmlns:";

    /** The JDK's own writer, never one found on the class path, so the output is the same everywhere. */
    private final XMLOutputFactory outputFactory = XMLOutputFactory.newDefaultFactory();

    /** The XML bytes of {@code tree}. */
    byte[] convert(XmlTree tree) throws JsonRejection {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = outputFactory.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            try {
                new Walk(tree.dialect(), writer).document(tree);
                writer.flush();
            } finally {
                writer.close();
            }
        } catch (XMLStreamException e) {
            throw new JsonRejection(JsonProblem.JSON_NOT_XML_COMPATIBLE.at(tree.pointer().toString(),
                    "cannot write XML: " + e.getMessage()));
        }
        return out.toByteArray();
    }

    /** Where an element sits: the root takes the NF-e namespace when it declares none. */
    private enum Placement {
        ROOT,
        NESTED
    }

    private record Attribute(String name, String value) {
    }

    /** One conversion's walk over the tree; holds the writer, so one per call. */
    private static final class Walk {
        private final JsonDialect dialect;
        private final XMLStreamWriter writer;

        Walk(JsonDialect dialect, XMLStreamWriter writer) {
            this.dialect = dialect;
            this.writer = writer;
        }

        void document(XmlTree tree) throws XMLStreamException, JsonRejection {
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            if (tree.rootName().equals(INF_NFE)) {
                writer.writeStartElement("NFe");
                writer.writeDefaultNamespace(NFE_NAMESPACE);
                element(INF_NFE, tree.content(), tree.pointer(), Placement.NESTED);
                writer.writeEndElement();
            } else {
                element(tree.rootName(), tree.content(), tree.pointer(), Placement.ROOT);
            }
            writer.writeEndDocument();
        }

        private void element(String name, JsonNode node, JsonPointer pointer, Placement placement)
                throws XMLStreamException, JsonRejection {
            if (!node.isArray()) {
                single(name, node, pointer, placement);
                return;
            }
            if (placement == Placement.ROOT) {
                throw wrongType(pointer, "the root element must be an object, was an array");
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isArray()) {
                    throw wrongType(pointer.appendIndex(i),
                            "an array inside an array has no XML form; repeat the element instead");
                }
                single(name, item, pointer.appendIndex(i), placement);
            }
        }

        private void single(String name, JsonNode node, JsonPointer pointer, Placement placement)
                throws XMLStreamException, JsonRejection {
            if (node.isNull()) {
                return;
            }
            requireName(name, pointer);
            if (node.isObject()) {
                start(name, attributes(node, pointer), placement);
                children(node, pointer);
                writer.writeEndElement();
            } else if (placement == Placement.ROOT) {
                throw wrongType(pointer, "the root element must be an object, was " + kind(node));
            } else {
                start(name, List.of(), placement);
                text(node, pointer);
                writer.writeEndElement();
            }
        }

        private List<Attribute> attributes(JsonNode element, JsonPointer pointer) throws JsonRejection {
            List<Attribute> attributes = new ArrayList<>();
            for (Map.Entry<String, JsonNode> member : element.properties()) {
                JsonPointer memberPointer = pointer.appendProperty(member.getKey());
                switch (dialect.roleOf(member.getKey(), member.getValue())) {
                    case ATTRIBUTE -> attribute(dialect.attributeName(member.getKey()), member.getValue(),
                            memberPointer, attributes);
                    case ATTRIBUTE_GROUP -> {
                        if (!member.getValue().isObject()) {
                            throw wrongType(memberPointer,
                                    "attributes must be an object, was " + kind(member.getValue()));
                        }
                        for (Map.Entry<String, JsonNode> item : member.getValue().properties()) {
                            attribute(dialect.attributeName(item.getKey()), item.getValue(),
                                    memberPointer.appendProperty(item.getKey()), attributes);
                        }
                    }
                    default -> {
                        // text and children are written after the start tag
                    }
                }
            }
            return attributes;
        }

        private static void attribute(String name, JsonNode value, JsonPointer pointer, List<Attribute> into)
                throws JsonRejection {
            if (value.isNull()) {
                return;
            }
            if (!value.isValueNode()) {
                throw wrongType(pointer, "an attribute value must be text, was " + kind(value));
            }
            requireName(name, pointer);
            into.add(new Attribute(name, checkedText(value, pointer)));
        }

        private void start(String name, List<Attribute> attributes, Placement placement) throws XMLStreamException {
            writer.writeStartElement(name);
            boolean declaresDefault = false;
            for (Attribute attribute : attributes) {
                if (attribute.name().equals(XMLNS)) {
                    writer.writeDefaultNamespace(attribute.value());
                    declaresDefault = true;
                } else if (attribute.name().startsWith(XMLNS_PREFIX)) {
                    writer.writeNamespace(attribute.name().substring(XMLNS_PREFIX.length()), attribute.value());
                }
            }
            boolean unprefixed = name.indexOf(':') < 0;
            if (!declaresDefault && unprefixed && placement == Placement.ROOT) {
                writer.writeDefaultNamespace(NFE_NAMESPACE);
            } else if (!declaresDefault && unprefixed && name.equals("Signature")) {
                writer.writeDefaultNamespace(DSIG_NAMESPACE);
            }
            for (Attribute attribute : attributes) {
                if (!attribute.name().equals(XMLNS) && !attribute.name().startsWith(XMLNS_PREFIX)) {
                    writer.writeAttribute(attribute.name(), attribute.value());
                }
            }
        }

        private void children(JsonNode element, JsonPointer pointer) throws XMLStreamException, JsonRejection {
            for (Map.Entry<String, JsonNode> member : element.properties()) {
                JsonPointer memberPointer = pointer.appendProperty(member.getKey());
                switch (dialect.roleOf(member.getKey(), member.getValue())) {
                    case TEXT -> {
                        if (!member.getValue().isNull()) {
                            if (!member.getValue().isValueNode()) {
                                throw wrongType(memberPointer,
                                        "element text must be text, was " + kind(member.getValue()));
                            }
                            text(member.getValue(), memberPointer);
                        }
                    }
                    case CHILD -> element(member.getKey(), member.getValue(), memberPointer, Placement.NESTED);
                    default -> {
                        // attributes were written with the start tag; ignored members have no XML form
                    }
                }
            }
        }

        private void text(JsonNode scalar, JsonPointer pointer) throws XMLStreamException, JsonRejection {
            writer.writeCharacters(checkedText(scalar, pointer));
        }

        private static String checkedText(JsonNode scalar, JsonPointer pointer) throws JsonRejection {
            String text = XmlText.of(scalar);
            int forbidden = XmlText.firstForbiddenChar(text);
            if (forbidden >= 0) {
                throw new JsonRejection(JsonProblem.JSON_NOT_XML_COMPATIBLE.at(pointer.toString(),
                        String.format("text contains U+%04X, which XML 1.0 does not allow", forbidden)));
            }
            return text;
        }

        private static void requireName(String name, JsonPointer pointer) throws JsonRejection {
            if (!XmlText.isQualifiedName(name)) {
                throw new JsonRejection(JsonProblem.JSON_NOT_XML_COMPATIBLE.at(pointer.toString(),
                        "member name is not an XML name: " + abbreviate(name)));
            }
        }

        private static String abbreviate(String name) {
            return name.length() <= 64 ? name : name.substring(0, 64) + "…";
        }

        private static JsonRejection wrongType(JsonPointer pointer, String message) {
            return new JsonRejection(JsonProblem.JSON_WRONG_TYPE.at(pointer.toString(), message));
        }
    }

    /** The JSON type of {@code node} in words, for messages. */
    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
