package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.model.Event;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.xml.XmlResult.XmlDocument;
import dev.nfe.core.xml.XmlResult.XmlFailure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roots and containers the parser understands, and per-document failures. */
class NfeXmlParserTest {
    private static final String NS = NfeXmlParser.NFE_NAMESPACE;

    @Test
    void parse_nfeProc_pairsTheNoteWithItsProtocol() {
        List<XmlResult> results = parse(NfeXml.minimal().nfeProc(""));

        assertThat(results).singleElement().isInstanceOfSatisfying(XmlDocument.class, d -> {
            Nfe nfe = (Nfe) d.document();
            assertThat(nfe.protNFe()).hasValueSatisfying(p -> assertThat(p.nProt()).contains("135230000000001"));
            assertThat(nfe.isAuthorized()).isTrue();
            assertThat(d.findings()).isEmpty();
        });
    }

    @Test
    void parse_enviNFe_readsEveryNoteOfTheLot() {
        String nfe = NfeXml.minimal().nfe();
        List<XmlResult> results = parse("<enviNFe versao=\"4.00\" xmlns=\"" + NS + "\"><idLote>1</idLote>"
                + "<indSinc>1</indSinc>" + nfe + nfe + "</enviNFe>");

        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(XmlDocument.class));
    }

    @Test
    void parse_lotWithABrokenNote_failsOnlyThatNote() {
        String good = NfeXml.minimal().nfe();
        String broken = good.replaceAll("<ide>.*</ide>", "");
        List<XmlResult> results = parse("<enviNFe versao=\"4.00\" xmlns=\"" + NS + "\"><idLote>1</idLote>"
                + broken + good + "</enviNFe>");

        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isInstanceOfSatisfying(XmlFailure.class, f -> assertThat(f.findings())
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("REQUIRED_MISSING", "/enviNFe/NFe/infNFe/ide")));
        assertThat(results.get(1)).isInstanceOf(XmlDocument.class);
    }

    @Test
    void parse_soapEnvelope_unwrapsTheLotOfEvents() {
        String evento = "<evento versao=\"1.00\"><infEvento Id=\"ID210210" + NfeXml.CHAVE + "01\"><cOrgao>91</cOrgao>"
                + "<tpAmb>2</tpAmb><CNPJ>21684155000164</CNPJ><chNFe>" + NfeXml.CHAVE + "</chNFe>"
                + "<dhEvento>2023-01-11T09:00:00-03:00</dhEvento><tpEvento>210210</tpEvento><nSeqEvento>1</nSeqEvento>"
                + "<verEvento>1.00</verEvento><detEvento versao=\"1.00\"><descEvento>Ciencia da Operacao</descEvento>"
                + "</detEvento></infEvento></evento>";
        String xml = "<soap12:Envelope xmlns:soap12=\"http://www.w3.org/2003/05/soap-envelope\"><soap12:Header/>"
                + "<soap12:Body><nfeDadosMsg xmlns=\"http://www.portalfiscal.inf.br/nfe/wsdl/NFeRecepcaoEvento4\">"
                + "<envEvento versao=\"1.00\" xmlns=\"" + NS + "\"><idLote>1</idLote>" + evento + evento
                + "</envEvento></nfeDadosMsg></soap12:Body></soap12:Envelope>";

        List<XmlResult> results = parse(xml);

        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(XmlDocument.class,
                d -> assertThat(((Event) d.document()).tpEvento()).isEqualTo("210210")));
    }

    @Test
    void parse_unsupportedRoot_failsWithItsName() {
        List<XmlResult> results = parse("<consSitNFe versao=\"4.00\" xmlns=\"" + NS + "\"><tpAmb>2</tpAmb></consSitNFe>");

        assertThat(results).singleElement().satisfies(r -> assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("XML_UNSUPPORTED_ROOT");
            assertThat(f.message()).contains("consSitNFe");
        }));
    }

    @Test
    void parse_noteWithoutId_failsAsRequiredMissing() {
        List<XmlResult> results = parse(NfeXml.minimal().nfe().replace("Id=\"NFe" + NfeXml.CHAVE + "\"", ""));

        assertThat(results).singleElement().isInstanceOfSatisfying(XmlFailure.class, f -> assertThat(f.findings())
                .extracting(Finding::code).containsExactly("REQUIRED_MISSING"));
    }

    @Test
    void parse_unknownGroupInInfNFe_isSkippedWithWarning() {
        String xml = NfeXml.minimal().withExtra("<grupoNovo><a>1</a></grupoNovo>").nfe();

        List<XmlResult> results = parse(xml);

        assertThat(results).singleElement().isInstanceOfSatisfying(XmlDocument.class, d -> assertThat(d.findings())
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("XML_UNKNOWN_ELEMENT", "/NFe/infNFe/grupoNovo")));
    }

    @Test
    void parse_infPAA_isSkippedWithWarningNamingItsPath() {
        String xml = NfeXml.minimal().withExtra("<infPAA><CNPJPAA>21684155000164</CNPJPAA>"
                + "<PAASignature><SignatureValue>YQ==</SignatureValue><RSAKeyValue><Modulus>YQ==</Modulus>"
                + "<Exponent>AQAB</Exponent></RSAKeyValue></PAASignature></infPAA>").nfe();

        List<XmlResult> results = parse(xml);

        assertThat(results).singleElement().isInstanceOfSatisfying(XmlDocument.class, d -> assertThat(d.findings())
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("XML_ELEMENT_NOT_MAPPED", "/NFe/infNFe/infPAA")));
    }

    @Test
    void parse_protocolMessage_keepsCMsgAndXMsg() {
        String xml = NfeXml.minimal().nfeProc("").replace("</xMotivo></infProt>",
                "</xMotivo><cMsg>200</cMsg><xMsg>Mensagem da SEFAZ</xMsg></infProt>");

        List<XmlResult> results = parse(xml);

        assertThat(results).singleElement().isInstanceOfSatisfying(XmlDocument.class, d -> {
            assertThat(d.findings()).isEmpty();
            Nfe nfe = (Nfe) d.document();
            assertThat(nfe.protNFe()).hasValueSatisfying(p -> {
                assertThat(p.cMsg()).contains("200");
                assertThat(p.xMsg()).contains("Mensagem da SEFAZ");
            });
        });
    }

    @Test
    void parse_signatureAndSupplement_readsQrCodeAndSkipsTheSignature() {
        String xml = NfeXml.minimal().nfe().replace("</infNFe></NFe>", "</infNFe><infNFeSupl><qrCode><![CDATA["
                + "https://nfce.fazenda.sp.gov.br/qrcode?p=1|2&x=<y>]]></qrCode><urlChave>https://x</urlChave>"
                + "</infNFeSupl><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignedInfo/></Signature></NFe>");

        List<XmlResult> results = parse(xml);

        assertThat(results).singleElement().isInstanceOfSatisfying(XmlDocument.class, d -> {
            assertThat(((Nfe) d.document()).infNFeSupl()).hasValueSatisfying(s -> assertThat(s.qrCode())
                    .isEqualTo("https://nfce.fazenda.sp.gov.br/qrcode?p=1|2&x=<y>"));
            assertThat(d.findings()).isEmpty();
        });
    }

    private static List<XmlResult> parse(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        return new NfeXmlParser(XmlLimits.defaults()).parse(new ByteArrayInputStream(bytes), bytes.length);
    }
}
