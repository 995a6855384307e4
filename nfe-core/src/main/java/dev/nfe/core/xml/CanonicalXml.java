package dev.nfe.core.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Writes one element and its content, as the StAX events of a document give them, in the canonical form silver keeps
 * raw XML in: <em>whitespace-only text between elements removed, then Exclusive XML Canonicalization</em>
 * ({@code http://www.w3.org/2001/10/xml-exc-c14n#}, without comments, no inclusive prefixes), with the elements of
 * the NF-e namespace rendered in it as the default namespace.
 *
 * <p>So the same content gives the same characters whatever the source's formatting: encoding, byte order mark, XML
 * declaration and line endings are gone once parsed; attributes are sorted (namespace URI, then local name) and
 * quoted with {@code "}; empty elements get an end tag; text and attribute values are escaped as C14N escapes them
 * ({@code &amp; &lt; &gt; &#xD;} in text, {@code &amp; &lt; &quot; &#x9; &#xA; &#xD;} in attributes); CDATA becomes
 * text; comments are dropped, processing instructions kept. Whitespace-only text is removed wherever it sits beside
 * a child element or a processing instruction (the indentation of a pretty-printed file), and kept as the value of
 * an element that has neither (a leaf whose value is blank). A prefix bound to the NF-e namespace ({@code nfe:}) is replaced by the
 * default namespace, since Exclusive C14N keeps prefixes and the layout uses none; other namespaces keep the source's
 * prefixes. As Exclusive C14N does, each element declares the namespaces it visibly uses that its rendered ancestors
 * do not, so the fragment parses on its own: the NF-e namespace is declared on its root.
 *
 * <p>One instance writes one element. Not thread-safe.
 */
final class CanonicalXml {
    /** The namespaces read as the NF-e one in a document read without namespace: none and the layout's. */
    static final Set<String> NO_NAMESPACE_DOCUMENT = Set.of(XMLConstants.NULL_NS_URI, NfeXmlParser.NFE_NAMESPACE);
    /** The namespaces read as the NF-e one in a document in the layout's namespace. */
    static final Set<String> NFE_DOCUMENT = Set.of(NfeXmlParser.NFE_NAMESPACE);
    /** Plain Exclusive C14N: no namespace is rewritten. */
    static final Set<String> EXCLUSIVE = Set.of();

    private final Set<String> nfeNamespaces;
    private final StringBuilder out = new StringBuilder();
    private final List<Frame> open = new ArrayList<>();
    private final StringBuilder pendingText = new StringBuilder();
    private boolean pendingIsBlank = true;

    /**
     * @param nfeNamespaces the element namespaces rendered as the NF-e default namespace: {@link #NFE_DOCUMENT},
     *     {@link #NO_NAMESPACE_DOCUMENT} for a document the parser reads without namespace, or {@link #EXCLUSIVE}
     */
    CanonicalXml(Set<String> nfeNamespaces) {
        this.nfeNamespaces = nfeNamespaces;
        // the frame above the apex: nothing declared, so the default namespace is empty
        open.add(new Frame("", Map.of()));
    }

    /**
     * The canonical form of the element whose start tag {@code c} is on, read through {@code c} so that its limits
     * hold; the cursor ends on the element's end tag.
     */
    static String copy(XmlCursor c, Set<String> nfeNamespaces) throws XMLStreamException {
        CanonicalXml xml = new CanonicalXml(nfeNamespaces);
        XMLStreamReader r = c.stream();
        int base = c.depth();
        xml.startElement(r);
        while (true) {
            int event = c.next();
            xml.event(event, r);
            if (event == XMLStreamConstants.END_ELEMENT && c.depth() < base) {
                return xml.result();
            }
        }
    }

    /** Takes one event of the element's content; events other than elements, text and instructions are ignored. */
    void event(int event, XMLStreamReader r) {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> startElement(r);
            case XMLStreamConstants.END_ELEMENT -> endElement();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    characters(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            case XMLStreamConstants.PROCESSING_INSTRUCTION -> instruction(r.getPITarget(), r.getPIData());
            default -> {
                // comments are not part of the canonical form without comments
            }
        }
    }

    /** The start tag {@code r} is on. */
    void startElement(XMLStreamReader r) {
        flushText(true);
        top().hasChildElement = true;
        String uri = orEmpty(r.getNamespaceURI());
        String prefix = orEmpty(r.getPrefix());
        if (nfeNamespaces.contains(uri)) {
            uri = NfeXmlParser.NFE_NAMESPACE;
            prefix = "";
        }
        Map<String, String> declared = new TreeMap<>();
        declareIfNeeded(declared, prefix, uri);
        List<Attribute> attributes = new ArrayList<>(r.getAttributeCount());
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String attributeUri = orEmpty(r.getAttributeNamespace(i));
            String attributePrefix = attributeUri.isEmpty() ? "" : orEmpty(r.getAttributePrefix(i));
            if (!attributeUri.isEmpty() && !XMLConstants.XML_NS_URI.equals(attributeUri)) {
                declareIfNeeded(declared, attributePrefix, attributeUri);
            }
            attributes.add(new Attribute(attributeUri, r.getAttributeLocalName(i),
                    qualified(attributePrefix, r.getAttributeLocalName(i)), orEmpty(r.getAttributeValue(i))));
        }
        attributes.sort((a, b) -> {
            int byUri = a.uri.compareTo(b.uri);
            return byUri != 0 ? byUri : a.localName.compareTo(b.localName);
        });
        String name = qualified(prefix, r.getLocalName());
        out.append('<').append(name);
        for (Map.Entry<String, String> declaration : declared.entrySet()) {
            out.append(declaration.getKey().isEmpty() ? " xmlns" : " xmlns:" + declaration.getKey()).append("=\"");
            appendAttributeValue(declaration.getValue());
        }
        for (Attribute attribute : attributes) {
            out.append(' ').append(attribute.qualifiedName).append("=\"");
            appendAttributeValue(attribute.value);
        }
        out.append('>');
        open.add(new Frame(name, declared));
    }

    /** The end tag of the innermost open element. */
    void endElement() {
        flushText(false);
        Frame frame = open.remove(open.size() - 1);
        out.append("</").append(frame.name).append('>');
    }

    /** Text content, in one or more pieces. */
    void characters(char[] text, int start, int length) {
        for (int i = start; i < start + length; i++) {
            char ch = text[i];
            if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') {
                pendingIsBlank = false;
            }
        }
        pendingText.append(text, start, length);
    }

    /** A processing instruction: markup, so blank text beside it is indentation. */
    void instruction(String target, String data) {
        flushText(true);
        out.append("<?").append(target);
        if (data != null && !data.isEmpty()) {
            out.append(' ').append(data);
        }
        out.append("?>");
    }

    /** The canonical form written so far; the whole element once its end tag was given. */
    String result() {
        return out.toString();
    }

    /**
     * Writes the text collected since the last markup, unless it is blank and sits beside a child element: before
     * one ({@code beforeMarkup}), or at the end of an element that has one.
     */
    private void flushText(boolean beforeMarkup) {
        if (pendingText.isEmpty()) {
            return;
        }
        if (!pendingIsBlank || !beforeMarkup && !top().hasChildElement) {
            for (int i = 0; i < pendingText.length(); i++) {
                char ch = pendingText.charAt(i);
                switch (ch) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '\r' -> out.append("&#xD;");
                    default -> out.append(ch);
                }
            }
        }
        pendingText.setLength(0);
        pendingIsBlank = true;
    }

    /** Declares {@code prefix} on the element being written unless the nearest rendered declaration binds it so. */
    private void declareIfNeeded(Map<String, String> declared, String prefix, String uri) {
        if (declared.containsKey(prefix)) {
            return;
        }
        if (!uri.equals(inScope(prefix))) {
            declared.put(prefix, uri);
        }
    }

    /** The URI the rendered ancestors bind {@code prefix} to; empty when none does. */
    private String inScope(String prefix) {
        for (int i = open.size() - 1; i >= 0; i--) {
            String uri = open.get(i).declared.get(prefix);
            if (uri != null) {
                return uri;
            }
        }
        return "";
    }

    private void appendAttributeValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#x9;");
                case '\n' -> out.append("&#xA;");
                case '\r' -> out.append("&#xD;");
                default -> out.append(ch);
            }
        }
        out.append('"');
    }

    private Frame top() {
        return open.get(open.size() - 1);
    }

    private static String qualified(String prefix, String localName) {
        return prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** An open element of the output: its rendered name and the namespaces declared on it. */
    private static final class Frame {
        final String name;
        final Map<String, String> declared;
        boolean hasChildElement;

        Frame(String name, Map<String, String> declared) {
            this.name = name;
            this.declared = declared;
        }
    }

    private record Attribute(String uri, String localName, String qualifiedName, String value) {
    }
}
