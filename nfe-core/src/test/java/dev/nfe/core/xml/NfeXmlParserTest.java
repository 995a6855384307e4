package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.model.Event;
import dev.nfe.core.model.InfPAA;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.RetEvento;
import dev.nfe.core.model.UnmappedElement;
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
    void parse_unknownGroupInInfNFe_isKeptAsRawXmlWithWarning() {
        String xml = NfeXml.minimal().withExtra("<grupoNovo>\n  <a>1</a>\n</grupoNovo>").nfe();

        List<XmlResult> results = parse(xml);

        assertThat(results).singleElement().isInstanceOfSatisfying(XmlDocument.class, d -> {
            assertThat(d.findings()).extracting(Finding::code, Finding::path)
                    .containsExactly(tuple("XML_UNKNOWN_ELEMENT", "/NFe/infNFe/grupoNovo"));
            assertThat(d.document().unmapped()).containsExactly(new UnmappedElement("/NFe/infNFe/grupoNovo",
                    "<grupoNovo xmlns=\"" + NS + "\"><a>1</a></grupoNovo>"));
        });
    }

    @Test
    void parse_infPAA_isReadIntoItsFieldsWithoutWarning() {
        String infPAA = "<infPAA><CNPJPAA>21684155000164</CNPJPAA>"
                + "<PAASignature><SignatureValue>YQ==</SignatureValue><RSAKeyValue><Modulus>Yg==</Modulus>"
                + "<Exponent>AQAB</Exponent></RSAKeyValue></PAASignature></infPAA>";
        String xml = NfeXml.minimal().withExtra(infPAA).nfeProc("");

        List<XmlResult> results = parse(xml);

        assertThat(results).singleElement().isInstanceOfSatisfying(XmlDocument.class, d -> {
            assertThat(d.findings()).isEmpty();
            assertThat(d.document().unmapped()).isEmpty();
            assertThat(((Nfe) d.document()).infPAA())
                    .contains(new InfPAA("21684155000164", "YQ==", "Yg==", "AQAB"));
        });
    }

    @Test
    void parse_unknownGroupAtTheEndOfInfNFe_isKeptAsRawXmlWithWarningNamingItsPath() {
        String novo = "<gNovo><CNPJ>21684155000164</CNPJ></gNovo>";
        String xml = NfeXml.minimal().withExtra(novo).nfeProc("");

        List<XmlResult> results = parse(xml);

        assertThat(results).singleElement().isInstanceOfSatisfying(XmlDocument.class, d -> {
            assertThat(d.findings()).extracting(Finding::code, Finding::path)
                    .containsExactly(tuple("XML_UNKNOWN_ELEMENT", "/nfeProc/NFe/infNFe/gNovo"));
            assertThat(d.document().unmapped()).containsExactly(new UnmappedElement("/nfeProc/NFe/infNFe/gNovo",
                    novo.replace("<gNovo>", "<gNovo xmlns=\"" + NS + "\">")));
        });
    }

    @Test
    void parse_unknownElementsAtEveryDepth_areKeptInDocumentOrderWithTheirPaths() {
        String xml = NfeXml.minimal().nfeProc("").replace("</xMotivo></infProt>",
                "</xMotivo><novoProt>x</novoProt></infProt>").replace("<ide>", "<ide><novoIde a=\"1\"/>");

        List<XmlResult> results = parse(xml);

        assertThat(results).singleElement().isInstanceOfSatisfying(XmlDocument.class, d -> assertThat(
                d.document().unmapped()).containsExactly(
                        new UnmappedElement("/nfeProc/NFe/infNFe/ide/novoIde",
                                "<novoIde xmlns=\"" + NS + "\" a=\"1\"></novoIde>"),
                        new UnmappedElement("/nfeProc/protNFe/infProt/novoProt",
                                "<novoProt xmlns=\"" + NS + "\">x</novoProt>")));
    }

    @Test
    void parse_unknownElementOfAnEventInsideTheNote_belongsToTheEventOnly() {
        String retEvento = "<retEvento versao=\"1.00\"><infEvento><tpAmb>2</tpAmb><verAplic>SP</verAplic>"
                + "<cOrgao>35</cOrgao><cStat>135</cStat><xMotivo>Evento registrado</xMotivo><chNFe>" + NfeXml.CHAVE
                + "</chNFe><tpEvento>110111</tpEvento><nSeqEvento>1</nSeqEvento><novoRet>1</novoRet>"
                + "<dhRegEvento>2023-01-11T09:00:05-03:00</dhRegEvento><nProt>135230000000009</nProt></infEvento>"
                + "</retEvento>";
        String xml = NfeXml.minimal().nfeProc(retEvento);

        List<XmlResult> results = parse(xml);

        assertThat(results).hasSize(2);
        assertThat(((XmlDocument) results.get(0)).document().unmapped()).isEmpty();
        assertThat(((XmlDocument) results.get(1)).document().unmapped()).extracting(UnmappedElement::path)
                .containsExactly("/nfeProc/retEvento/infEvento/novoRet");
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

    private static final String CANCEL_EVENTO = "<evento versao=\"1.00\"><infEvento Id=\"ID110111" + NfeXml.CHAVE
            + "01\"><cOrgao>35</cOrgao><tpAmb>2</tpAmb><CNPJ>21684155000164</CNPJ><chNFe>" + NfeXml.CHAVE
            + "</chNFe><dhEvento>2023-01-11T09:00:00-03:00</dhEvento><tpEvento>110111</tpEvento>"
            + "<nSeqEvento>1</nSeqEvento><verEvento>1.00</verEvento><detEvento versao=\"1.00\">"
            + "<descEvento>Cancelamento</descEvento><nProt>135230000000001</nProt>"
            + "<xJust>Erro no valor do desconto</xJust></detEvento></infEvento></evento>";

    private static String retEvento(String cStat, String chave) {
        return "<retEvento versao=\"1.00\"><infEvento><tpAmb>2</tpAmb><verAplic>SP</verAplic><cOrgao>35</cOrgao>"
                + "<cStat>" + cStat + "</cStat><xMotivo>Resposta</xMotivo><chNFe>" + chave + "</chNFe>"
                + "<tpEvento>110111</tpEvento><nSeqEvento>1</nSeqEvento>"
                + "<dhRegEvento>2023-01-11T09:00:05-03:00</dhRegEvento></infEvento></retEvento>";
    }

    @Test
    void parse_nfeWithoutNamespace_isReadWithANoNamespaceWarning() {
        String xml = NfeXml.minimal().nfeProc("").replace(" xmlns=\"" + NS + "\"", "");

        assertThat(parse(xml)).singleElement().isInstanceOfSatisfying(XmlDocument.class, d -> {
            assertThat(((Nfe) d.document()).protNFe()).isPresent();
            assertThat(d.findings()).extracting(Finding::code, Finding::isError)
                    .containsExactly(tuple(NfeXmlDeserializer.XML_NO_NAMESPACE, false));
        });
    }

    @Test
    void parse_noNamespaceRootWithANamespacedDocument_failsThatDocument() {
        String xml = "<enviNFe versao=\"4.00\"><idLote>1</idLote>" + NfeXml.minimal().nfe() + "</enviNFe>";

        assertThat(parse(xml)).singleElement().isInstanceOfSatisfying(XmlFailure.class, f -> assertThat(
                f.findings()).extracting(Finding::code).contains(NfeXmlDeserializer.XML_WRONG_NAMESPACE));
    }

    @Test
    void parse_procEventoWrappingRequestAndAnswerLots_keepsTheAnswersRejection() {
        String xml = "<procEventoNFe versao=\"1.00\" xmlns=\"" + NS + "\"><envEvento versao=\"1.00\">"
                + "<idLote>1</idLote>" + CANCEL_EVENTO + "</envEvento><retEnvEvento versao=\"1.00\"><idLote>1</idLote>"
                + "<tpAmb>2</tpAmb><verAplic>SP</verAplic><cOrgao>35</cOrgao><cStat>128</cStat>"
                + "<xMotivo>Lote processado</xMotivo>" + retEvento("501", NfeXml.CHAVE) + "</retEnvEvento>"
                + "</procEventoNFe>";

        assertThat(parse(xml)).singleElement().isInstanceOfSatisfying(XmlDocument.class, d -> {
            Event event = (Event) d.document();
            assertThat(event.isCancellation()).isTrue();
            assertThat(event.retEvento()).hasValueSatisfying(r -> assertThat(r.cStat()).isEqualTo("501"));
            assertThat(event.isRegistered()).isFalse();
            assertThat(d.findings()).extracting(Finding::code, Finding::path).containsExactly(
                    tuple(NfeXmlDeserializer.LAYOUT_DEVIATION, "/procEventoNFe/envEvento"),
                    tuple(NfeXmlDeserializer.LAYOUT_DEVIATION, "/procEventoNFe/retEnvEvento"));
        });
    }

    @Test
    void parse_procEventoWrappingLotsOfSeveralEvents_pairsEachEventWithItsOwnAnswer() {
        String correction = CANCEL_EVENTO.replace("ID110111", "ID110110").replace("<tpEvento>110111</tpEvento>",
                "<tpEvento>110110</tpEvento>");
        String correctionAnswer = retEvento("135", NfeXml.CHAVE).replace("<tpEvento>110111</tpEvento>",
                "<tpEvento>110110</tpEvento>");
        String xml = "<procEventoNFe versao=\"1.00\" xmlns=\"" + NS + "\"><envEvento versao=\"1.00\">"
                + "<idLote>1</idLote>" + CANCEL_EVENTO + correction + "</envEvento><retEnvEvento versao=\"1.00\">"
                + "<idLote>1</idLote><cStat>128</cStat>" + correctionAnswer + retEvento("501", NfeXml.CHAVE)
                + "</retEnvEvento></procEventoNFe>";

        List<XmlResult> results = parse(xml);

        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r.findings()).extracting(Finding::code)
                .containsExactly(NfeXmlDeserializer.LAYOUT_DEVIATION, NfeXmlDeserializer.LAYOUT_DEVIATION));
        assertThat(results).map(r -> (Event) ((XmlDocument) r).document())
                .extracting(Event::tpEvento, e -> e.retEvento().map(RetEvento::cStat).orElse(""))
                .containsExactly(tuple("110111", "501"), tuple("110110", "135"));
    }

    @Test
    void parse_procEventoWrappingLotsWithAnUnknownElement_keepsItOnceWithTheFirstEvent() {
        String correction = CANCEL_EVENTO.replace("ID110111", "ID110110").replace("<tpEvento>110111</tpEvento>",
                "<tpEvento>110110</tpEvento>").replace("<verEvento>", "<novo>1</novo><verEvento>");
        String xml = "<procEventoNFe versao=\"1.00\" xmlns=\"" + NS + "\"><envEvento versao=\"1.00\">"
                + "<idLote>1</idLote>" + CANCEL_EVENTO + correction + "</envEvento></procEventoNFe>";

        List<XmlResult> results = parse(xml);

        assertThat(results).map(r -> ((XmlDocument) r).document().unmapped()).containsExactly(
                List.of(new UnmappedElement("/procEventoNFe/envEvento/evento/infEvento/novo",
                        "<novo xmlns=\"" + NS + "\">1</novo>")),
                List.of());
    }

    @Test
    void parse_procEventoWhoseAnswerLotAnswersAnotherEventToo_keepsThatAnswerAsAnEvent() {
        String otherAnswer = retEvento("135", NfeXml.CHAVE).replace("<nSeqEvento>1</nSeqEvento>",
                "<nSeqEvento>2</nSeqEvento>");
        String xml = "<procEventoNFe versao=\"1.00\" xmlns=\"" + NS + "\"><envEvento versao=\"1.00\">"
                + "<idLote>1</idLote>" + CANCEL_EVENTO + "</envEvento><retEnvEvento versao=\"1.00\">"
                + "<idLote>1</idLote><cStat>128</cStat>" + retEvento("135", NfeXml.CHAVE) + otherAnswer
                + "</retEnvEvento></procEventoNFe>";

        List<XmlResult> results = parse(xml);

        assertThat(results).map(r -> (Event) ((XmlDocument) r).document())
                .extracting(Event::nSeqEvento, e -> e.retEvento().map(RetEvento::cStat).orElse(""))
                .containsExactly(tuple(1, "135"), tuple(2, "135"));
    }

    @Test
    void parse_nfeProcWithARetEnvEvento_readsItsEventsAsDocuments() {
        String xml = NfeXml.minimal().nfeProc("<retEnvEvento versao=\"1.00\"><idLote>1</idLote><cStat>128</cStat>"
                + retEvento("135", NfeXml.CHAVE) + "</retEnvEvento>");

        List<XmlResult> results = parse(xml);

        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isInstanceOfSatisfying(XmlDocument.class, d -> assertThat(d.findings()).isEmpty());
        assertThat(results.get(1)).isInstanceOfSatisfying(XmlDocument.class, d -> assertThat(
                ((Event) d.document()).isRegistered()).isTrue());
    }

    @Test
    void parse_wrapperRootAroundAnNfeProcAndItsEvent_readsBothWithAWarning() {
        String nfeProc = NfeXml.minimal().nfeProc("").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "");
        String xml = "<arquivo><origem>ERP</origem>" + nfeProc + "<procEventoNFe versao=\"1.00\" xmlns=\"" + NS
                + "\">" + CANCEL_EVENTO + retEvento("135", NfeXml.CHAVE) + "</procEventoNFe></arquivo>";

        List<XmlResult> results = parse(xml);

        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(XmlDocument.class,
                d -> assertThat(d.findings()).extracting(Finding::code, Finding::path)
                        .containsExactly(tuple(NfeXmlDeserializer.XML_WRAPPER_ROOT, "/arquivo"))));
        assertThat(((XmlDocument) results.get(1)).document()).isInstanceOfSatisfying(Event.class,
                e -> assertThat(e.isCancellation()).isTrue());
    }

    @Test
    void parse_wrapperRootWithoutDocuments_isAnUnsupportedRoot() {
        List<XmlResult> results = parse("<arquivo xmlns=\"" + NS + "\"><origem>ERP</origem></arquivo>");

        assertThat(results).singleElement().isInstanceOfSatisfying(XmlFailure.class, f -> assertThat(f.findings())
                .extracting(Finding::code).containsExactly(NfeXmlDeserializer.XML_UNSUPPORTED_ROOT));
    }

    @Test
    void parse_nfeHoldingAProcEventoNFe_readsTheEventAsADocumentWithoutWarnings() {
        String xml = NfeXml.minimal().nfe().replace("</infNFe></NFe>", "</infNFe><procEventoNFe versao=\"1.00\">"
                + CANCEL_EVENTO + retEvento("135", NfeXml.CHAVE) + "</procEventoNFe></NFe>");

        List<XmlResult> results = parse(xml);

        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(XmlDocument.class,
                d -> assertThat(d.findings()).isEmpty()));
        assertThat(((XmlDocument) results.get(0)).document()).isInstanceOf(Nfe.class);
        assertThat(((XmlDocument) results.get(1)).document()).isInstanceOfSatisfying(Event.class,
                e -> assertThat(e.isRegistered()).isTrue());
    }

    @Test
    void parse_nfeProcWhoseNfeHoldsARetEnvEvento_keepsTheProtocolAndReadsTheEvent() {
        String xml = NfeXml.minimal().nfeProc("").replace("</infNFe></NFe>", "</infNFe><retEnvEvento versao=\"1.00\">"
                + "<cStat>128</cStat>" + retEvento("135", NfeXml.CHAVE) + "</retEnvEvento></NFe>");

        List<XmlResult> results = parse(xml);

        assertThat(results).hasSize(2);
        assertThat(((XmlDocument) results.get(0)).document()).isInstanceOfSatisfying(Nfe.class,
                n -> assertThat(n.protNFe()).isPresent());
        assertThat(((XmlDocument) results.get(1)).document()).isInstanceOf(Event.class);
    }

    private static List<XmlResult> parse(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        return new NfeXmlParser(XmlLimits.defaults()).parse(new ByteArrayInputStream(bytes), bytes.length);
    }
}
