package dev.nfe.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Ciência da Operação as SEFAZ receives it: built, signed with an A1-like key made at test time, sent in an
 * {@code envEvento}, and checked on the receiving side with the JDK's XMLDSig validator over the {@code evento}
 * taken out of the SOAP body.
 */
class EventSignerTest {
    private static final String PASSWORD = "Senha-A1-7f3c9e";
    private static final String CHAVE = "35261211222333000181550010000000011000000018";
    private static final OffsetDateTime WHEN = OffsetDateTime.parse("2026-12-04T09:00:00.750-03:00");

    @TempDir
    Path directory;

    private EventSigner signer;
    private X509Certificate certificate;

    @BeforeEach
    void openKey() throws Exception {
        TestCertificates certificates = TestCertificates.generate(directory, PASSWORD);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificates.clientKeys())) {
            store.load(in, PASSWORD.toCharArray());
        }
        certificate = (X509Certificate) store.getCertificate("a1");
        signer = new EventSigner((PrivateKey) store.getKey("a1", PASSWORD.toCharArray()), certificate);
    }

    @Test
    void envelope_ofASignedCiencia_carriesTheLayoutsFieldsAndASignatureTheJdkVerifies() throws Exception {
        String body = new String(envelope(new CienciaEvent(1, "12345678000195", CHAVE, WHEN)), StandardCharsets.UTF_8);

        assertThat(body).contains("<nfeDadosMsg xmlns=\"http://www.portalfiscal.inf.br/nfe/wsdl/NFeRecepcaoEvento4\">"
                + "<envEvento xmlns=\"http://www.portalfiscal.inf.br/nfe\" versao=\"1.00\"><idLote>42</idLote>"
                + "<evento versao=\"1.00\" xmlns=\"http://www.portalfiscal.inf.br/nfe\">"
                + "<infEvento Id=\"ID210210" + CHAVE + "01\"><cOrgao>91</cOrgao><tpAmb>1</tpAmb>"
                + "<CNPJ>12345678000195</CNPJ><chNFe>" + CHAVE + "</chNFe>"
                + "<dhEvento>2026-12-04T09:00:00-03:00</dhEvento><tpEvento>210210</tpEvento>"
                + "<nSeqEvento>1</nSeqEvento><verEvento>1.00</verEvento><detEvento versao=\"1.00\">"
                + "<descEvento>Ciencia da Operacao</descEvento></detEvento></infEvento>"
                + "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">")
                .contains("Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"",
                        "Algorithm=\"http://www.w3.org/2000/09/xmldsig#rsa-sha1\"",
                        "Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"",
                        "Algorithm=\"http://www.w3.org/2000/09/xmldsig#sha1\"", "<Reference URI=\"#ID210210" + CHAVE)
                .doesNotContain("&#13;");
        assertThat(verifies(evento(body))).isTrue();
    }

    @Test
    void signature_whenInfEventoIsChangedAfterSigning_doesNotVerify() throws Exception {
        String body = new String(envelope(new CienciaEvent(2, "12345678901", CHAVE, WHEN)), StandardCharsets.UTF_8);
        Document evento = evento(body);
        evento.getElementsByTagNameNS(DistDFeRequest.NFE_NAMESPACE, "dhEvento").item(0)
                .setTextContent("2026-12-05T09:00:00-03:00");

        assertThat(body).contains("<tpAmb>2</tpAmb><CPF>12345678901</CPF>");
        assertThat(verifies(evento)).isFalse();
    }

    private byte[] envelope(CienciaEvent event) {
        Document document = event.unsigned();
        signer.sign(document, event.id());
        return new EnvEventoRequest("42", List.of(document)).envelope();
    }

    /** The first {@code evento} of the SOAP {@code body}, alone in a document, as the service validates it. */
    private static Document evento(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document received = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        Node evento = received.getElementsByTagNameNS(DistDFeRequest.NFE_NAMESPACE, "evento").item(0);
        Document alone = factory.newDocumentBuilder().newDocument();
        alone.appendChild(alone.importNode(evento, true));
        Element infEvento = (Element) alone.getElementsByTagNameNS(DistDFeRequest.NFE_NAMESPACE, "infEvento").item(0);
        infEvento.setIdAttribute("Id", true);
        return alone;
    }

    private boolean verifies(Document evento) throws Exception {
        Node signature = evento.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
        DOMValidateContext context = new DOMValidateContext(certificate.getPublicKey(), signature);
        // JDK 17 accepts RSA-SHA1, the layout's algorithm, only with secure validation off for this context.
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
        return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context).validate(context);
    }
}
