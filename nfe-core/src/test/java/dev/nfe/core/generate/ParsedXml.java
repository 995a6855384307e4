package dev.nfe.core.generate;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An independent reading of generated XML for the generator's own tests: a hardened DOM parse and simple paths of
 * local names relative to an element ({@code "NFe/infNFe/det"}, {@code *} matches any child). Decimals are read as
 * {@link BigDecimal} from the text. Not for library code, which streams.
 */
final class ParsedXml {
    private final Element element;

    private ParsedXml(Element element) {
        this.element = element;
    }

    /** Parses bytes with DTDs and external entities disabled; the result is the root element. */
    static ParsedXml parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return new ParsedXml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml))
                    .getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse generated XML", e);
        }
    }

    String name() {
        return element.getLocalName();
    }

    String namespace() {
        return element.getNamespaceURI();
    }

    String attribute(String name) {
        return element.getAttribute(name);
    }

    /** The elements the path selects, in document order. */
    List<ParsedXml> all(String path) {
        List<Element> current = List.of(element);
        for (String step : path.split("/")) {
            List<Element> next = new ArrayList<>();
            for (Element parent : current) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element e && (step.equals("*") || step.equals(e.getLocalName()))) {
                        next.add(e);
                    }
                }
            }
            current = next;
        }
        return current.stream().map(ParsedXml::new).toList();
    }

    /** The one element the path selects. */
    ParsedXml one(String path) {
        List<ParsedXml> found = all(path);
        if (found.size() != 1) {
            throw new IllegalStateException("Expected one " + path + " under " + name() + ", found " + found.size());
        }
        return found.get(0);
    }

    String text() {
        return element.getTextContent();
    }

    String text(String path) {
        return one(path).text();
    }

    Optional<String> optionalText(String path) {
        List<ParsedXml> found = all(path);
        return found.isEmpty() ? Optional.empty() : Optional.of(one(path).text());
    }

    List<String> texts(String path) {
        return all(path).stream().map(ParsedXml::text).toList();
    }

    BigDecimal decimal(String path) {
        return new BigDecimal(text(path));
    }

    /** The sum of the selected elements' decimal values, zero when none is selected. */
    BigDecimal sum(String path) {
        return texts(path).stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    int count(String path) {
        return all(path).size();
    }

    /** The texts of every descendant element with this local name. */
    List<String> descendantTexts(String localName) {
        NodeList nodes = element.getElementsByTagNameNS("*", localName);
        List<String> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    /** The local names of this element and all its descendants. */
    Set<String> elementNames() {
        Set<String> names = new TreeSet<>();
        names.add(element.getLocalName());
        NodeList all = element.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            names.add(all.item(i).getLocalName());
        }
        return names;
    }
}
