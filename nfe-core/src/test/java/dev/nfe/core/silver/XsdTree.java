package dev.nfe.core.silver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Just enough of an XML Schema to follow a layout XPath and find the simple type of its leaf: the named complex and
 * simple types and the top-level elements of every {@code .xsd} in one folder, read with StAX.
 */
final class XsdTree {

    /** An XSD declaration: its local tag ({@code element}, {@code sequence} …), attributes and children. */
    record Node(String tag, Map<String, String> attributes, List<Node> children) {
        String name() {
            return attributes.get("name");
        }
    }

    private final Map<String, Node> complexTypes = new HashMap<>();
    private final Map<String, Node> simpleTypes = new HashMap<>();
    private final Map<String, Node> elements = new HashMap<>();
    private final Map<String, Node> groups = new HashMap<>();

    private XsdTree() {
    }

    /**
     * Reads {@code root} in {@code folder} and every schema it includes, but the XML signature one. Following the
     * includes matters: the package has two different {@code TProtNFe} types (nfeProc's and consSitNFe's).
     */
    static XsdTree read(Path folder, String root) throws IOException, XMLStreamException {
        XsdTree tree = new XsdTree();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Deque<String> pending = new ArrayDeque<>(List.of(root));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name) || name.contains("xmldsig")) {
                continue;
            }
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder.normalize())) {
                throw new IOException("Schema " + name + " lies outside " + folder);
            }
            try (InputStream in = Files.newInputStream(file)) {
                XMLStreamReader reader = factory.createXMLStreamReader(in);
                Node schema = readNode(reader);
                reader.close();
                for (Node top : schema.children()) {
                    switch (top.tag()) {
                        case "include", "import" -> pending.add(top.attributes().get("schemaLocation"));
                        case "complexType" -> tree.complexTypes.put(top.name(), top);
                        case "simpleType" -> tree.simpleTypes.put(top.name(), top);
                        case "element" -> tree.elements.put(top.name(), top);
                        case "group" -> tree.groups.put(top.name(), top);
                        default -> { }
                    }
                }
            }
        }
        return tree;
    }

    /**
     * Every leaf (element of simple type, or attribute) under the top-level element {@code root}, as absolute
     * XPaths in document order; elements whose type is in {@code opaque} (the XML signature) count as one leaf.
     */
    List<String> leaves(String root, Set<String> opaque) {
        List<String> leaves = new ArrayList<>();
        walk(elements.get(root), "/" + root, opaque, leaves);
        return leaves;
    }

    private void walk(Node element, String path, Set<String> opaque, List<String> leaves) {
        String type = element.attributes().get("type");
        if (type != null && opaque.contains(local(type)) || element.attributes().containsKey("ref")) {
            leaves.add(path);
            return;
        }
        Map<String, Node> children = children(element);
        if (children.isEmpty() || hasText(element)) {
            leaves.add(path);
        }
        children.forEach((name, child) -> {
            if (name.startsWith("@")) {
                leaves.add(path + "/" + name);
            } else {
                walk(child, path + "/" + name, opaque, leaves);
            }
        });
    }

    /**
     * The leaf declarations (elements or attributes) an absolute XPath reaches; a step ending in {@code *} matches
     * every child whose name starts with the rest. Empty when the path does not exist.
     */
    List<Node> resolve(String xpath) {
        String[] steps = xpath.substring(1).split("/");
        List<Node> current = Optional.ofNullable(elements.get(steps[0])).map(List::of).orElse(List.of());
        for (int i = 1; i < steps.length; i++) {
            List<Node> next = new ArrayList<>();
            for (Node node : current) {
                Map<String, Node> children = children(node);
                String step = steps[i];
                if (step.endsWith("*")) {
                    String prefix = step.substring(0, step.length() - 1);
                    children.forEach((name, child) -> {
                        if (name.startsWith(prefix) && !name.startsWith("@")) {
                            next.add(child);
                        }
                    });
                } else if (children.containsKey(step)) {
                    next.add(children.get(step));
                }
            }
            current = next;
        }
        return current;
    }

    /** The simple type of a leaf: its {@code type}, or the base of its inline restriction, without prefix. */
    String simpleType(Node leaf) {
        String type = leaf.attributes().get("type");
        if (type != null) {
            return local(type);
        }
        return find(leaf, "restriction").map(r -> local(r.attributes().get("base"))).orElse("?");
    }

    /** The enumeration values of a leaf's inline type, if any. */
    List<String> enumeration(Node leaf) {
        List<String> values = new ArrayList<>();
        collect(leaf, "enumeration", values);
        return values;
    }

    /** Whether an element with attributes also has text content ({@code simpleContent}). */
    private boolean hasText(Node element) {
        String type = element.attributes().get("type");
        Node declaration = type == null ? element : complexTypes.get(local(type));
        return declaration != null && find(declaration, "simpleContent").isPresent();
    }

    private Map<String, Node> children(Node element) {
        Map<String, Node> children = new LinkedHashMap<>();
        String type = element.attributes().get("type");
        if (type != null) {
            Node complex = complexTypes.get(local(type));
            if (complex != null) {
                declarations(complex, children);
            }
        } else {
            element.children().stream().filter(c -> c.tag().equals("complexType"))
                    .forEach(c -> declarations(c, children));
        }
        return children;
    }

    private void declarations(Node node, Map<String, Node> into) {
        for (Node child : node.children()) {
            switch (child.tag()) {
                case "element" -> into.putIfAbsent(child.name() != null ? child.name()
                        : local(child.attributes().get("ref")), child);
                case "group" -> {
                    Node group = groups.get(local(child.attributes().get("ref")));
                    if (group != null) {
                        declarations(group, into);
                    }
                }
                case "attribute" -> into.putIfAbsent("@" + child.name(), child);
                case "sequence", "choice", "all", "complexContent", "simpleContent", "extension" -> declarations(child, into);
                default -> { }
            }
        }
    }

    private static Optional<Node> find(Node node, String tag) {
        for (Node child : node.children()) {
            if (child.tag().equals(tag)) {
                return Optional.of(child);
            }
            Optional<Node> deeper = find(child, tag);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    private static void collect(Node node, String tag, List<String> values) {
        for (Node child : node.children()) {
            if (child.tag().equals(tag)) {
                values.add(child.attributes().get("value"));
            }
            collect(child, tag, values);
        }
    }

    private static String local(String qualified) {
        return qualified.substring(qualified.indexOf(':') + 1);
    }

    private static Node readNode(XMLStreamReader reader) throws XMLStreamException {
        reader.nextTag();
        return readElement(reader);
    }

    private static Node readElement(XMLStreamReader reader) throws XMLStreamException {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        Node node = new Node(reader.getLocalName(), attributes, new ArrayList<>());
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                node.children().add(readElement(reader));
            } else if (event == XMLStreamReader.END_ELEMENT) {
                return node;
            }
        }
        return node;
    }
}
