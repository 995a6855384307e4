package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NfeXmlDeserializerTest {

    @Test
    void deserialize_validNote_isParsedWithItsSource() {
        RawDocument raw = NfeXml.raw("n1", NfeXml.minimal().nfeProc(""));

        List<ParseOutcome> outcomes = NfeXml.outcomes(raw);

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ParseOutcome.Parsed.class, p -> {
            assertThat(p.source()).isEqualTo("test:n1");
            assertThat(p.document().chave().value()).isEqualTo(NfeXml.CHAVE);
            assertThat(p.findings()).isEmpty();
        });
    }

    @Test
    void deserialize_validatorWarning_isKeptOnTheParsedDocument() {
        Finding warning = Finding.warning("CHAVE_INCONSISTENT", "/NFe/infNFe/@Id", "AAMM differs");

        List<ParseOutcome> outcomes = NfeXml.outcomes(deserializer(d -> List.of(warning)),
                NfeXml.raw("n1", NfeXml.minimal().nfe()));

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ParseOutcome.Parsed.class,
                p -> assertThat(p.findings()).containsExactly(warning));
    }

    @Test
    void deserialize_validatorError_quarantinesTheRawDocumentWithParseAndValidationFindings() {
        Finding error = Finding.error("TOTAL_VNF_MISMATCH", "/NFe/infNFe/total/ICMSTot/vNF", "vNF 10.00 != 11.00");
        RawDocument raw = NfeXml.raw("n1", NfeXml.minimal().withExtra("<novo/>").nfe());

        List<ParseOutcome> outcomes = NfeXml.outcomes(deserializer(d -> List.of(error)), raw);

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ParseOutcome.Quarantined.class, q -> {
            assertThat(q.document()).isEqualTo(raw);
            assertThat(q.findings()).extracting(Finding::code).containsExactly("XML_UNKNOWN_ELEMENT",
                    "TOTAL_VNF_MISMATCH");
        });
    }

    @Test
    void deserialize_validatorThrows_isQuarantinedAsInternalErrorNamingTheException() {
        List<ParseOutcome> outcomes = NfeXml.outcomes(deserializer(d -> {
            throw new IllegalStateException("boom");
        }), NfeXml.raw("n1", NfeXml.minimal().nfe()));

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("INTERNAL_ERROR");
            assertThat(f.message()).contains("IllegalStateException");
        }));
    }

    @Test
    void deserialize_nfeProcWithCancellation_quarantinesOnlyTheFailingDocumentWithNumberedId() {
        String ret = "<retEvento versao=\"1.00\"><infEvento><tpAmb>2</tpAmb><verAplic>SP</verAplic><cOrgao>35</cOrgao>"
                + "<cStat>135</cStat><xMotivo>ok</xMotivo><chNFe>" + NfeXml.CHAVE + "</chNFe><tpEvento>110111</tpEvento>"
                + "<nSeqEvento>1</nSeqEvento><dhRegEvento>2023-01-11T09:00:05</dhRegEvento></infEvento></retEvento>";

        List<ParseOutcome> outcomes = NfeXml.outcomes(NfeXml.raw("p1", NfeXml.minimal().nfeProc(ret)));

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0)).isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(ParseOutcome.Quarantined.class, q -> {
            assertThat(q.document().id()).isEqualTo("p1#2");
            assertThat(q.findings()).extracting(Finding::code).containsExactly("DATE_WITHOUT_OFFSET");
        });
    }

    @Test
    void deserialize_lotWithoutDocuments_isQuarantinedAsNoDocument() {
        String xml = "<enviNFe versao=\"4.00\" xmlns=\"" + NfeXmlParser.NFE_NAMESPACE + "\"><idLote>1</idLote></enviNFe>";

        assertThat(NfeXml.outcomes(NfeXml.raw("e", xml))).singleElement()
                .satisfies(o -> assertThat(o.findings()).extracting(Finding::code).containsExactly("XML_NO_DOCUMENT"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void deserialize_randomBytes_returnsQuarantinedWithoutThrowing(long seed) {
        byte[] bytes = new byte[1 + new Random(seed).nextInt(4096)];
        new Random(seed).nextBytes(bytes);
        if (seed % 2 == 0) {
            bytes[0] = (byte) 0x1f;
            bytes[Math.min(1, bytes.length - 1)] = (byte) 0x8b;
        }

        assertThatCode(() -> assertThat(NfeXml.outcomes(NfeXml.raw("r" + seed, bytes))).singleElement()
                .isInstanceOf(ParseOutcome.Quarantined.class)).doesNotThrowAnyException();
    }

    @Test
    void deserialize_everyPrefixOfANote_neverThrows() {
        String xml = NfeXml.minimal().nfeProc("");
        NfeXmlDeserializer deserializer = deserializer(d -> List.of());

        for (int length = 0; length < xml.length(); length += 7) {
            String prefix = xml.substring(0, length);
            assertThatCode(() -> NfeXml.outcomes(deserializer, NfeXml.raw("p", prefix.isEmpty() ? " " : prefix)))
                    .doesNotThrowAnyException();
        }
    }

    private static NfeXmlDeserializer deserializer(Function<FiscalDocument, List<Finding>> validator) {
        return new NfeXmlDeserializer(XmlLimits.defaults(), validator);
    }
}
