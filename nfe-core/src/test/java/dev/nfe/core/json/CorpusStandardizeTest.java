package dev.nfe.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.testing.NfeCorpus;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** The corpus's Standardize JSON files convert to XML whose key values equal those of their XML twins. */
class CorpusStandardizeTest {
    private static final String[] KEY_VALUES = {
        "//*[local-name()='infNFe']/@Id",
        "//*[local-name()='infNFe']/@versao",
        "//*[local-name()='emit']/*[local-name()='CNPJ']",
        "//*[local-name()='ICMSTot']/*[local-name()='vNF']",
        "//*[local-name()='det']/@nItem",
        "//*[local-name()='det']/*[local-name()='prod']/*[local-name()='vProd']",
        "//*[local-name()='det']/*[local-name()='prod']/*[local-name()='qCom']",
        "//*[local-name()='protNFe']/*[local-name()='infProt']/*[local-name()='chNFe']",
        "//*[local-name()='Signature']/*[local-name()='SignedInfo']/*[local-name()='Reference']/@URI",
    };

    private final ConverterFixture fixture = new ConverterFixture();

    @ParameterizedTest
    @CsvSource({
        "json/json-nfeproc-4.00__nfephp-org__nfe_4.0.json, xml/nfeproc-4.00__nfephp-org__nfe_4.0.xml, nfeProc",
        "json/json-infnfe-3.10__nfephp-org__2017nova-nfe.json, xml/nfe-3.10__nfephp-org__2017nfe_antiga_v310.xml, NFe"})
    void convert_corpusStandardize_matchesItsXmlTwin(String jsonFile, String xmlFile, String root) throws Exception {
        NfeCorpus corpus = NfeCorpus.require();
        byte[] xml = fixture.converted(Files.readString(corpus.resolve(jsonFile))).xml().bytes();

        Document converted = CorpusXml.parse(xml);
        Document twin = CorpusXml.parse(Files.readAllBytes(corpus.resolve(xmlFile)));

        assertThat(converted.getDocumentElement().getLocalName()).isEqualTo(root);
        assertThat(converted.getDocumentElement().getNamespaceURI()).isEqualTo(ConverterFixture.NFE_NS);
        assertThat(CorpusXml.values(converted, "//*[local-name()='det']")).isNotEmpty();
        for (String xpath : KEY_VALUES) {
            assertThat(CorpusXml.values(converted, xpath)).as(xpath)
                    .containsExactlyElementsOf(CorpusXml.values(twin, xpath));
        }
    }

    @ParameterizedTest
    @CsvSource({"json/json-nfeproc-4.00__nfephp-org__nfe_4.0.json"})
    void convert_corpusSignature_isInTheXmlDsigNamespace(String jsonFile) throws Exception {
        byte[] xml = fixture.converted(Files.readString(NfeCorpus.require().resolve(jsonFile))).xml().bytes();

        Document converted = CorpusXml.parse(xml);

        assertThat(converted.getElementsByTagNameNS(JsonXmlConverter.DSIG_NAMESPACE, "SignatureValue").getLength())
                .isEqualTo(1);
        assertThat(converted.getElementsByTagNameNS(ConverterFixture.NFE_NS, "infProt").getLength()).isEqualTo(1);
    }
}
