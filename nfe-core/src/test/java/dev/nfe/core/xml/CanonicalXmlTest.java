package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.testing.NfeCorpus;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

/**
 * The canonical form of raw XML: the examples of the W3C recommendations (Canonical XML 1.0 §3, Exclusive XML
 * Canonicalization 1.0 §2.2) with their whitespace-only text between elements removed, and the NF-e namespace rules.
 */
class CanonicalXmlTest {
    private static final String NFE = NfeXmlParser.NFE_NAMESPACE;

    @Test
    void copy_c14nStartAndEndTagsExample_sortsAttributesAndRendersOnlyUsedNamespaces() throws XMLStreamException {
        // Canonical XML 1.0 §3.3, whose exclusive form drops xmlns:a where no element or attribute uses it
        String input = """
                <doc>
                   <e1   />
                   <e2   ></e2>
                   <e3   name = "elem3"   id="elem3"   />
                   <e4   name="elem4"   id="elem4"   ></e4>
                   <e5 a:attr="out" b:attr="sorted" attr2="all" attr="I'm"
                      xmlns:b="http://www.ietf.org"
                      xmlns:a="http://www.w3.org"
                      xmlns="http://example.org"/>
                   <e6 xmlns="" xmlns:a="http://www.w3.org">
                      <e7 xmlns="http://www.ietf.org">
                         <e8 xmlns="" xmlns:a="http://www.w3.org">
                            <e9 xmlns="" xmlns:a="http://www.ietf.org"/>
                         </e8>
                      </e7>
                   </e6>
                </doc>""";

        assertThat(canonical(input, "doc", CanonicalXml.EXCLUSIVE)).isEqualTo("<doc><e1></e1><e2></e2>"
                + "<e3 id=\"elem3\" name=\"elem3\"></e3><e4 id=\"elem4\" name=\"elem4\"></e4>"
                + "<e5 xmlns=\"http://example.org\" xmlns:a=\"http://www.w3.org\" xmlns:b=\"http://www.ietf.org\""
                + " attr=\"I'm\" attr2=\"all\" b:attr=\"sorted\" a:attr=\"out\"></e5>"
                + "<e6><e7 xmlns=\"http://www.ietf.org\"><e8 xmlns=\"\"><e9></e9></e8></e7></e6></doc>");
    }

    @Test
    void copy_c14nCharacterExample_escapesTextAndAttributesAsC14nDoes() throws XMLStreamException {
        // Canonical XML 1.0 §3.4, without a DTD (so every attribute is CDATA)
        String input = """
                <doc>
                   <text>First line&#x0d;&#10;Second line</text>
                   <value>&#x32;</value>
                   <compute><![CDATA[value>"0" && value<"10" ?"valid":"error"]]></compute>
                   <compute expr='value>"0" &amp;&amp; value&lt;"10" ?"valid":"error"'>valid</compute>
                   <norm attr=' &apos;   &#x20;&#13;&#xa;&#9;   &apos; '/>
                </doc>""";

        assertThat(canonical(input, "doc", CanonicalXml.EXCLUSIVE)).isEqualTo("<doc>"
                + "<text>First line&#xD;\nSecond line</text><value>2</value>"
                + "<compute>value&gt;\"0\" &amp;&amp; value&lt;\"10\" ?\"valid\":\"error\"</compute>"
                + "<compute expr=\"value>&quot;0&quot; &amp;&amp; value&lt;&quot;10&quot; ?&quot;valid&quot;"
                + ":&quot;error&quot;\">valid</compute>"
                + "<norm attr=\" '    &#xD;&#xA;&#x9;   ' \"></norm></doc>");
    }

    @Test
    void copy_excC14nSubtreeExample_declaresOnlyVisiblyUsedNamespaces() throws XMLStreamException {
        // Exclusive XML Canonicalization 1.0 §2.2: the same subtree in two contexts has one exclusive form
        String first = """
                <n0:local xmlns:n0="foo:bar" xmlns:n3="ftp://example.org">
                  <n1:elem2 xmlns:n1="http://example.net" xml:lang="en">
                     <n3:stuff xmlns:n3="ftp://example.org"/>
                  </n1:elem2>
                </n0:local>""";
        String second = """
                <n2:pdu xmlns:n1="http://example.com" xmlns:n2="http://foo.example" xml:lang="fr" xml:space="retain">
                  <n1:elem2 xmlns:n1="http://example.net" xml:lang="en">
                     <n3:stuff xmlns:n3="ftp://example.org"/>
                  </n1:elem2>
                </n2:pdu>""";
        String expected = "<n1:elem2 xmlns:n1=\"http://example.net\" xml:lang=\"en\">"
                + "<n3:stuff xmlns:n3=\"ftp://example.org\"></n3:stuff></n1:elem2>";

        assertThat(canonical(first, "elem2", CanonicalXml.EXCLUSIVE)).isEqualTo(expected);
        assertThat(canonical(second, "elem2", CanonicalXml.EXCLUSIVE)).isEqualTo(expected);
    }

    @Test
    void copy_nfePrefixPrettyAndCrlfSources_giveOneFormWithTheNamespaceOnTheRoot() throws XMLStreamException {
        String minified = "<detEvento xmlns=\"" + NFE + "\" versao=\"1.00\"><descEvento>Cancelamento</descEvento>"
                + "<nProt>135230000000001</nProt><xJust>Erro &amp; valor</xJust></detEvento>";
        String prefixed = "<nfe:detEvento xmlns:nfe=\"" + NFE + "\" versao='1.00'><nfe:descEvento>Cancelamento"
                + "</nfe:descEvento><nfe:nProt>135230000000001</nfe:nProt><nfe:xJust>Erro &#38; valor</nfe:xJust>"
                + "</nfe:detEvento>";
        String pretty = "<detEvento versao=\"1.00\" xmlns=\"" + NFE + "\">\r\n  <descEvento>Cancelamento</descEvento>"
                + "\r\n  <nProt>135230000000001</nProt>\r\n  <!-- comment -->\r\n"
                + "  <xJust><![CDATA[Erro & valor]]></xJust>\r\n</detEvento>\r\n";
        String expected = "<detEvento xmlns=\"" + NFE + "\" versao=\"1.00\"><descEvento>Cancelamento</descEvento>"
                + "<nProt>135230000000001</nProt><xJust>Erro &amp; valor</xJust></detEvento>";

        assertThat(canonical(minified, "detEvento", CanonicalXml.NFE_DOCUMENT)).isEqualTo(expected);
        assertThat(canonical(prefixed, "detEvento", CanonicalXml.NFE_DOCUMENT)).isEqualTo(expected);
        assertThat(canonical(pretty, "detEvento", CanonicalXml.NFE_DOCUMENT)).isEqualTo(expected);
    }

    @Test
    void copy_nestedNfeElement_declaresTheNamespaceOnTheFragmentSoItParsesAlone() throws XMLStreamException {
        String input = "<nfe:evento xmlns:nfe=\"" + NFE + "\"><nfe:infEvento><nfe:detEvento versao=\"1.00\">"
                + "<nfe:descEvento>EPEC</nfe:descEvento></nfe:detEvento></nfe:infEvento></nfe:evento>";

        String fragment = canonical(input, "detEvento", CanonicalXml.NFE_DOCUMENT);

        assertThat(fragment).isEqualTo("<detEvento xmlns=\"" + NFE + "\" versao=\"1.00\">"
                + "<descEvento>EPEC</descEvento></detEvento>");
        XMLStreamReader alone = reader(fragment);
        alone.nextTag();
        assertThat(alone.getNamespaceURI()).isEqualTo(NFE);
        assertThat(alone.getLocalName()).isEqualTo("detEvento");
    }

    @Test
    void copy_blankLeafValue_isKeptWhileIndentationGoes() throws XMLStreamException {
        String input = "<obsCont xmlns=\"" + NFE + "\" xCampo=\"a\">\n  <xTexto> </xTexto>\n</obsCont>";

        assertThat(canonical(input, "obsCont", CanonicalXml.NFE_DOCUMENT))
                .isEqualTo("<obsCont xmlns=\"" + NFE + "\" xCampo=\"a\"><xTexto> </xTexto></obsCont>");
    }

    @Test
    void copy_foreignNamespaceInside_keepsItsOwnDeclaration() throws XMLStreamException {
        String input = "<infPAA xmlns=\"" + NFE + "\"><CNPJPAA>1</CNPJPAA>"
                + "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignatureValue>AA==</SignatureValue>"
                + "</Signature><?pi data?></infPAA>";

        assertThat(canonical(input, "infPAA", CanonicalXml.NFE_DOCUMENT)).isEqualTo("<infPAA xmlns=\"" + NFE
                + "\"><CNPJPAA>1</CNPJPAA><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">"
                + "<SignatureValue>AA==</SignatureValue></Signature><?pi data?></infPAA>");
    }

    @Test
    void copy_documentWithoutNamespace_putsItsElementsInTheNfeNamespace() throws XMLStreamException {
        String input = "<detEvento versao=\"1.00\"><descEvento>EPEC</descEvento></detEvento>";

        assertThat(canonical(input, "detEvento", CanonicalXml.NO_NAMESPACE_DOCUMENT))
                .isEqualTo("<detEvento xmlns=\"" + NFE + "\" versao=\"1.00\"><descEvento>EPEC</descEvento>"
                        + "</detEvento>");
    }

    /**
     * Every valid XML document of the corpus, whitespace-only text beside child elements removed, against the Exclusive
     * C14N of the JDK's XML signature implementation (what a signature reference over the whole document digests).
     */
    @Test
    void copy_everyCorpusDocument_equalsTheJdkExclusiveCanonicalization() throws Exception {
        List<Path> files = NfeCorpus.require().documents().stream()
                .filter(entry -> entry.isValid() && !entry.isJson())
                .map(NfeCorpus.Entry::file)
                .toList();

        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            XmlCursor cursor = new XmlCursor(reader(new String(bytes, StandardCharsets.UTF_8).replaceFirst(
                    "^\uFEFF", "")), XmlLimits.defaults());
            cursor.moveToRoot();

            assertThat(CanonicalXml.copy(cursor, CanonicalXml.EXCLUSIVE)).as(file.getFileName().toString())
                    .isEqualTo(jdkExclusiveC14n(bytes));
        }
        assertThat(files).isNotEmpty();
    }

    /** The JDK's Exclusive C14N of the document element, after removing whitespace-only text beside elements. */
    private static String jdkExclusiveC14n(byte[] xml) throws Exception {
        DocumentBuilderFactory builders = DocumentBuilderFactory.newDefaultInstance();
        builders.setNamespaceAware(true);
        builders.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builders.setExpandEntityReferences(false);
        Document document = builders.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        removeBlankText(document.getDocumentElement());
        XMLSignatureFactory signatures = XMLSignatureFactory.getInstance("DOM");
        Reference reference = signatures.newReference("", signatures.newDigestMethod(DigestMethod.SHA256, null),
                List.of(signatures.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        signatures.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                null, null);
        SignedInfo signedInfo = signatures.newSignedInfo(signatures.newCanonicalizationMethod(
                CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                signatures.newSignatureMethod(SignatureMethod.HMAC_SHA256, null), List.of(reference));
        DOMSignContext context = new DOMSignContext(new SecretKeySpec(new byte[32], "HmacSHA256"),
                document.getDocumentElement());
        context.setProperty("javax.xml.crypto.dsig.cacheReference", Boolean.TRUE);
        signatures.newXMLSignature(signedInfo, null).sign(context);
        try (InputStream digested = reference.getDigestInputStream()) {
            return new String(digested.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void removeBlankText(Element element) {
        NodeList children = element.getChildNodes();
        boolean hasElement = false;
        for (int i = 0; i < children.getLength(); i++) {
            hasElement |= children.item(i).getNodeType() == Node.ELEMENT_NODE;
        }
        for (int i = children.getLength() - 1; i >= 0; i--) {
            Node child = children.item(i);
            if (child instanceof Element nested) {
                removeBlankText(nested);
            } else if (hasElement && child instanceof Text text && text.getData().isBlank()) {
                element.removeChild(child);
            }
        }
    }

    /** The canonical form of the first element called {@code localName} in {@code xml}. */
    private static String canonical(String xml, String localName, Set<String> nfeNamespaces)
            throws XMLStreamException {
        XmlCursor cursor = new XmlCursor(reader(xml), XmlLimits.defaults());
        cursor.moveToRoot();
        while (!localName.equals(cursor.localName())) {
            while (cursor.next() != XMLStreamConstants.START_ELEMENT) {
                // to the next start tag
            }
        }
        return CanonicalXml.copy(cursor, nfeNamespaces);
    }

    private static XMLStreamReader reader(String xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.createXMLStreamReader(new StringReader(xml));
    }
}
