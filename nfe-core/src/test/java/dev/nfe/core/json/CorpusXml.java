package dev.nfe.core.json;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The NF-e corpus (system property {@code nfe.corpus}) and a DOM reader for tests; DOM stays out of main code. */
final class CorpusXml {
    private CorpusXml() {
    }

    /** The corpus folder; skips the test when it is absent. */
    static Path corpus() {
        String property = System.getProperty("nfe.corpus", "");
        Path folder = Path.of(property.isEmpty() ? "../shared/nfe-corpus" : property);
        assumeThat(Files.isDirectory(folder.resolve("xml"))).as("NF-e corpus at %s", folder).isTrue();
        return folder;
    }

    /** Parses {@code bytes} namespace-aware, with DTDs refused. */
    static Document parse(byte[] bytes) throws IOException, SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The trimmed text of every node {@code xpath} selects, in document order. */
    static List<String> values(Document document, String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newDefaultInstance().newXPath()
                    .evaluate(xpath, document, XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent().trim());
            }
            return values;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }
}
