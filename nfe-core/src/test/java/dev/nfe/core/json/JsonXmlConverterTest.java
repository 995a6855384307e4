package dev.nfe.core.json;

import static dev.nfe.core.json.ConverterFixture.DECLARATION;
import static dev.nfe.core.json.ConverterFixture.NFE_NS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonXmlConverterTest {
    private final ConverterFixture fixture = new ConverterFixture();

    @Test
    void convert_xmltodictNfeProc_writesAttributesRepeatedElementsAndNamespace() {
        String json = """
                {"nfeProc": {"@versao": "4.00",
                  "NFe": {"infNFe": {"@Id": "NFe35170358716523000119550010000000301000000300", "@versao": "4.00",
                    "det": [{"@nItem": "1", "prod": {"vProd": "10.50"}}, {"@nItem": 2, "prod": {"vProd": "5.00"}}]}},
                  "protNFe": {"@versao": "4.00", "infProt": {"cStat": "100"}}}}
                """;

        assertThat(fixture.xml(json)).isEqualTo(DECLARATION
                + "<nfeProc xmlns=\"" + NFE_NS + "\" versao=\"4.00\"><NFe>"
                + "<infNFe Id=\"NFe35170358716523000119550010000000301000000300\" versao=\"4.00\">"
                + "<det nItem=\"1\"><prod><vProd>10.50</vProd></prod></det>"
                + "<det nItem=\"2\"><prod><vProd>5.00</vProd></prod></det>"
                + "</infNFe></NFe>"
                + "<protNFe versao=\"4.00\"><infProt><cStat>100</cStat></infProt></protNFe></nfeProc>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10.50          | 10.50",
        "0.10           | 0.10",
        "19466.3000     | 19466.3000",
        "1E+3           | 1000",
        "1.5e-7         | 0.00000015",
        "35170358716523000119550010000000301000000300 | 35170358716523000119550010000000301000000300",
        "-2             | -2",
        "true           | true"})
    void convert_jsonScalar_keepsItsExactDecimalText(String literal, String expected) {
        String xml = fixture.xml("{\"NFe\": {\"infNFe\": {\"@Id\": \"NFe1\", \"v\": " + literal + "}}}");

        assertThat(xml).contains("<v>" + expected + "</v>");
    }

    @Test
    void convert_xmltodictNull_omitsTheElement() {
        String xml = fixture.xml("{\"NFe\": {\"infNFe\": {\"cEAN\": null, \"xProd\": \"A\", \"det\": [null]}}}");

        assertThat(xml).endsWith("<NFe xmlns=\"" + NFE_NS + "\"><infNFe><xProd>A</xProd></infNFe></NFe>");
    }

    @Test
    void convert_xmltodictTextWithAttributes_writesTextAfterAttributes() {
        String xml = fixture.xml("{\"NFe\": {\"infNFe\": {\"obsCont\": {\"#text\": \"x\", \"@xCampo\": \"c\"}}}}");

        assertThat(xml).contains("<obsCont xCampo=\"c\">x</obsCont>");
    }

    @Test
    void convert_xmltodictRootWithNamespace_keepsItAndAddsNoOther() {
        String xml = fixture.xml("{\"NFe\": {\"@xmlns\": \"urn:other\", \"infNFe\": {\"@Id\": \"NFe1\"}}}");

        assertThat(xml).isEqualTo(DECLARATION + "<NFe xmlns=\"urn:other\"><infNFe Id=\"NFe1\"></infNFe></NFe>");
    }

    @Test
    void convert_xmltodictPrefixedNames_declaresTheirNamespaces() {
        String xml = fixture.xml("""
                {"NFe": {"@xmlns:ds": "http://www.w3.org/2000/09/xmldsig#", "infNFe": {"@Id": "NFe1"},
                  "ds:Signature": {"ds:SignatureValue": "abc="}}}""");

        assertThat(xml).isEqualTo(DECLARATION + "<NFe xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" xmlns=\""
                + NFE_NS + "\"><infNFe Id=\"NFe1\"></infNFe>"
                + "<ds:Signature><ds:SignatureValue>abc=</ds:SignatureValue></ds:Signature></NFe>");
    }

    @Test
    void convert_infNFeRoot_wrapsItIntoNFe() {
        String xml = fixture.xml("{\"infNFe\": {\"@Id\": \"NFe1\", \"@versao\": \"4.00\", \"ide\": {\"cUF\": 35}}}");

        assertThat(xml).isEqualTo(DECLARATION + "<NFe xmlns=\"" + NFE_NS + "\">"
                + "<infNFe Id=\"NFe1\" versao=\"4.00\"><ide><cUF>35</cUF></ide></infNFe></NFe>");
    }

    @Test
    void convert_specialCharacters_areEscaped() {
        String xml = fixture.xml("{\"NFe\": {\"infNFe\": {\"@Id\": \"a\\\"<&\", \"xNome\": \"A & B <C> 'D' ç\"}}}");

        assertThat(xml).contains("Id=\"a&quot;&lt;&amp;\"")
                .contains("<xNome>A &amp; B &lt;C&gt; 'D' ç</xNome>");
    }

    @Test
    void convert_standardizeWithoutRootMember_infersNfeProc() {
        String xml = fixture.xml("""
                {"attributes": {"versao": "4.00"},
                 "NFe": {"infNFe": {"attributes": {"versao": "4.00", "Id": "NFe1"},
                   "det": {"attributes": {"nItem": "1"}, "prod": {"cEAN": {}, "vProd": "28.90"}}},
                   "Signature": {"SignedInfo": {"CanonicalizationMethod": {"attributes": {"Algorithm": "urn:c"}}}}},
                 "protNFe": {"attributes": {"versao": "4.00"}, "infProt": {"cStat": "100"}}}""");

        assertThat(xml).isEqualTo(DECLARATION
                + "<nfeProc xmlns=\"" + NFE_NS + "\" versao=\"4.00\"><NFe><infNFe versao=\"4.00\" Id=\"NFe1\">"
                + "<det nItem=\"1\"><prod><cEAN></cEAN><vProd>28.90</vProd></prod></det></infNFe>"
                + "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignedInfo>"
                + "<CanonicalizationMethod Algorithm=\"urn:c\"></CanonicalizationMethod></SignedInfo></Signature>"
                + "</NFe><protNFe versao=\"4.00\"><infProt><cStat>100</cStat></infProt></protNFe></nfeProc>");
    }

    @Test
    void convert_standardizeInfNFeContent_wrapsItIntoNFe() {
        String xml = fixture.xml("""
                {"attributes": {"Id": "NFe35170358716523000119550010000000301000000300", "versao": "3.10"},
                 "ide": {"cUF": "35"}, "emit": {"CNPJ": "58716523000119"}}""");

        assertThat(xml).isEqualTo(DECLARATION + "<NFe xmlns=\"" + NFE_NS + "\">"
                + "<infNFe Id=\"NFe35170358716523000119550010000000301000000300\" versao=\"3.10\">"
                + "<ide><cUF>35</cUF></ide><emit><CNPJ>58716523000119</CNPJ></emit></infNFe></NFe>");
    }

    @Test
    void convert_standardizeRootText_writesIt() {
        String xml = fixture.xml("{\"resNFe\": {\"attributes\": {\"versao\": \"1.01\"}, \"0\": \"t\"}}");

        assertThat(xml).endsWith("<resNFe xmlns=\"" + NFE_NS + "\" versao=\"1.01\">t</resNFe>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"NFe\": {\"infNFe\": {\"det\": [[{\"a\": 1}]]}}} | JSON_WRONG_TYPE | /NFe/infNFe/det/0",
        "{\"NFe\": {\"infNFe\": {\"@Id\": {\"x\": 1}}}} | JSON_WRONG_TYPE | /NFe/infNFe/@Id",
        "{\"NFe\": {\"infNFe\": {\"#text\": [1]}}} | JSON_WRONG_TYPE | /NFe/infNFe/#text",
        "{\"NFe\": {\"infNFe\": {\"attributes\": {}, \"det\": {\"attributes\": [1]}}}}"
                + " | JSON_WRONG_TYPE | /NFe/infNFe/det/attributes",
        "{\"NFe\": {\"infNFe\": {\"bad name\": \"x\"}}} | JSON_NOT_XML_COMPATIBLE | /NFe/infNFe/bad name",
        "{\"NFe\": {\"infNFe\": {\"1abc\": \"x\"}}} | JSON_NOT_XML_COMPATIBLE | /NFe/infNFe/1abc",
        "{\"NFe\": {\"infNFe\": {\"x\": \"a\\u0001b\"}}} | JSON_NOT_XML_COMPATIBLE | /NFe/infNFe/x",
        "{\"NFe\": {\"infNFe\": {\"x\": \"\\ud800\"}}} | JSON_NOT_XML_COMPATIBLE | /NFe/infNFe/x"})
    void convert_valueWithNoXmlForm_isRejectedWithItsPointer(String json, String code, String pointer) {
        Finding finding = fixture.rejection(json);

        assertThat(finding.code()).isEqualTo(code);
        assertThat(finding.path()).isEqualTo(pointer);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    }
}
