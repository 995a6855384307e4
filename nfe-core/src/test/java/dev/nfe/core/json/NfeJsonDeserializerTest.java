package dev.nfe.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NfeJsonDeserializerTest {
    private static final String CHAVE_A = "35170358716523000119550010000000301000000300";
    private static final String CHAVE_B = "32191107670813000825550010059062251133037938";
    private static final Instant FETCHED_AT = Instant.parse("2024-05-01T12:00:00Z");

    private final RecordingDeserializer xml = new RecordingDeserializer();
    private final NfeJsonDeserializer deserializer = new NfeJsonDeserializer(xml, JsonOptions.defaults());

    @Test
    void deserialize_xmltodictDocument_handsItsXmlToTheXmlDeserializer() {
        List<ParseOutcome> outcomes = run(raw(nfe(CHAVE_A), MediaType.JSON));

        assertThat(outcomes).singleElement().isInstanceOf(ParseOutcome.Parsed.class);
        RawDocument received = xml.received().get(0);
        assertThat(received.id()).isEqualTo("page-1");
        assertThat(received.source()).isEqualTo("test://page-1.json");
        assertThat(received.mediaType()).isEqualTo(MediaType.XML);
        assertThat(xml.receivedXml().get(0)).contains("<infNFe Id=\"NFe" + CHAVE_A + "\" versao=\"4.00\">");
    }

    @Test
    void deserialize_xmlContent_isPassedOnUnchanged() {
        RawDocument document = raw("<NFe><infNFe Id=\"NFe" + CHAVE_A + "\"/></NFe>", MediaType.JSON);

        run(document);

        assertThat(xml.received()).containsExactly(document);
    }

    @Test
    void deserialize_gzipPage_isInflatedFirst() {
        byte[] gzip = EnvelopeReaderTest.gzip(("[" + nfe(CHAVE_A) + "," + nfe(CHAVE_B) + "]")
                .getBytes(StandardCharsets.UTF_8));

        List<ParseOutcome> outcomes = run(new RawDocument("page-1", gzip, MediaType.JSON, "test://p", FETCHED_AT));

        assertThat(outcomes).hasSize(2).allMatch(ParseOutcome.Parsed.class::isInstance);
    }

    @Test
    void deserialize_arrayWithOneBadElement_quarantinesOnlyThatElementInOrder() {
        String bad = "{\"unknown\": {\"x\": 1}}";
        String page = "[\n" + nfe(CHAVE_A) + ",\n  " + bad + ",\n" + nfe(CHAVE_B) + "\n]";

        List<ParseOutcome> outcomes = run(raw(page, MediaType.JSON));

        assertThat(outcomes).hasSize(3);
        assertThat(chave(outcomes.get(0))).isEqualTo(CHAVE_A);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(ParseOutcome.Quarantined.class, quarantined -> {
            assertThat(quarantined.document().id()).isEqualTo("page-1#1");
            assertThat(new String(quarantined.document().bytes(), StandardCharsets.UTF_8)).isEqualTo(bad);
            assertThat(quarantined.findings()).extracting(Finding::code).containsExactly("JSON_UNKNOWN_FORM");
        });
        assertThat(chave(outcomes.get(2))).isEqualTo(CHAVE_B);
        assertThat(xml.received()).extracting(RawDocument::id).containsExactly("page-1#0", "page-1#2");
    }

    @Test
    void deserialize_ndjsonWithOneMalformedLine_quarantinesOnlyThatLine() {
        String page = nfe(CHAVE_A) + "\r\n{\"NFe\": \n\n" + nfe(CHAVE_B) + "\n";

        List<ParseOutcome> outcomes = run(raw(page, MediaType.NDJSON));

        assertThat(outcomes).hasSize(3);
        assertThat(chave(outcomes.get(0))).isEqualTo(CHAVE_A);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(ParseOutcome.Quarantined.class, quarantined -> {
            assertThat(quarantined.document().id()).isEqualTo("page-1#1");
            assertThat(quarantined.document().bytes()).asString(StandardCharsets.UTF_8).isEqualTo("{\"NFe\": ");
            assertThat(quarantined.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.code()).isEqualTo("JSON_MALFORMED");
                assertThat(finding.message()).contains("line 2");
            });
        });
        assertThat(chave(outcomes.get(2))).isEqualTo(CHAVE_B);
    }

    @Test
    void deserialize_oneLineValuesDeclaredAsJson_areReadAsNdjson() {
        String page = nfe(CHAVE_A) + "\n" + nfe(CHAVE_B) + "\n";

        List<ParseOutcome> outcomes = run(raw(page, MediaType.JSON));

        assertThat(outcomes).extracting(NfeJsonDeserializerTest::chave).containsExactly(CHAVE_A, CHAVE_B);
    }

    @Test
    void deserialize_arrayBrokenMidway_deliversTheElementsBeforeAndQuarantinesTheRest() {
        String page = "[" + nfe(CHAVE_A) + ",\n{\"NFe\": {,}},\n" + nfe(CHAVE_B) + "]";

        List<ParseOutcome> outcomes = run(raw(page, MediaType.JSON));

        assertThat(outcomes).hasSize(2);
        assertThat(chave(outcomes.get(0))).isEqualTo(CHAVE_A);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(ParseOutcome.Quarantined.class, quarantined -> {
            assertThat(quarantined.document().id()).isEqualTo("page-1#1");
            assertThat(quarantined.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.code()).isEqualTo("JSON_MALFORMED");
                assertThat(finding.message()).contains("line 2, column 10");
            });
        });
    }

    @Test
    void deserialize_pageElementTooLarge_quarantinesOnlyThatElement() {
        NfeJsonDeserializer small = new NfeJsonDeserializer(xml, JsonOptions.defaults().withMaxDocumentBytes(200));
        String large = "{\"NFe\": {\"infNFe\": {\"infAdic\": \"" + "x".repeat(300) + "\"}}}";

        List<ParseOutcome> outcomes = new ArrayList<>();
        small.deserialize(raw("[" + nfe(CHAVE_A) + "," + large + "]", MediaType.JSON), outcomes::add);

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(1).findings()).extracting(Finding::code).containsExactly("JSON_TOO_LARGE");
    }

    @Test
    void deserialize_envelopeChaveDiffersFromDocument_addsAWarning() {
        String envelope = "{\"chave\": \"" + CHAVE_B + "\", \"xml\": "
                + EnvelopeReaderTest.json("<NFe><infNFe Id=\"NFe" + CHAVE_A + "\"/></NFe>") + "}";

        List<ParseOutcome> outcomes = run(raw(envelope, MediaType.JSON));

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ParseOutcome.Parsed.class, parsed ->
                assertThat(parsed.findings()).singleElement().satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("ENVELOPE_CHAVE_MISMATCH");
                    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                    assertThat(finding.path()).isEqualTo("/chave");
                    assertThat(finding.message()).contains(CHAVE_B).contains(CHAVE_A);
                }));
        assertThat(xml.received().get(0).id()).isEqualTo(CHAVE_B);
    }

    @Test
    void deserialize_envelopeChaveEqualToDocument_addsNoFinding() {
        String envelope = "{\"chave\": \"" + CHAVE_A + "\", \"xml\": "
                + EnvelopeReaderTest.json("<NFe><infNFe Id=\"NFe" + CHAVE_A + "\"/></NFe>") + "}";

        List<ParseOutcome> outcomes = run(raw(envelope, MediaType.JSON));

        assertThat(outcomes).singleElement().satisfies(outcome -> assertThat(outcome.findings()).isEmpty());
    }

    @Test
    void deserialize_xmlQuarantined_keepsTheElementJsonAndTheConversionWarnings() {
        String element = "{\"receivedAt\": \"soon\", \"xml\": \"<NFe><infNFe Id=\\\"NFe"
                + RecordingDeserializer.QUARANTINE_CHAVE + "\\\"/></NFe>\"}";

        List<ParseOutcome> outcomes = run(raw("[" + element + "]", MediaType.JSON));

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ParseOutcome.Quarantined.class, quarantined -> {
            assertThat(quarantined.document().mediaType()).isEqualTo(MediaType.JSON);
            assertThat(quarantined.document().id()).isEqualTo("page-1#0");
            assertThat(quarantined.document().bytes()).asString(StandardCharsets.UTF_8).isEqualTo(element);
            assertThat(quarantined.findings()).extracting(Finding::code)
                    .containsExactly("ENVELOPE_BAD_RECEIVED_AT", "XML_TEST_REJECTED");
        });
    }

    @Test
    void deserialize_rejectedSingleDocument_quarantinesTheReceivedDocumentItself() {
        RawDocument document = raw("{\"xml\": 42}", MediaType.JSON);

        List<ParseOutcome> outcomes = run(document);

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ParseOutcome.Quarantined.class,
                quarantined -> assertThat(quarantined.document()).isEqualTo(document));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"NFe\": }                                   | JSON_MALFORMED",
        "{\"NFe\": {\"a\": 1, \"a\": 2}}               | JSON_MALFORMED",
        "[{\"NFe\":                                   | JSON_MALFORMED",
        "{\"NFe\": {}} {\"NFe\": {}}                    | JSON_MALFORMED",
        "nonsense                                      | JSON_MALFORMED",
        "{\"xml\": \"@@@not-base64@@@\"}               | ENVELOPE_BAD_BASE64",
        "{\"xml\": {\"inner\": 1}}                     | JSON_WRONG_TYPE",
        "{\"chave\": [1], \"xml\": \"<NFe/>\"}         | JSON_WRONG_TYPE",
        "{\"status\": \"ok\"}                          | JSON_UNKNOWN_FORM",
        "{\"NFe\": {\"infNFe\": {\"x\": \"\\u0000\"}}} | JSON_NOT_XML_COMPATIBLE"})
    void deserialize_hostileDocument_isQuarantinedWithItsCode(String json, String code) {
        List<ParseOutcome> outcomes = run(raw(json, MediaType.JSON));

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ParseOutcome.Quarantined.class,
                quarantined -> assertThat(quarantined.findings()).extracting(Finding::code).containsExactly(code));
        assertThat(xml.received()).isEmpty();
    }

    @Test
    void deserialize_multiLineValueFollowedByMore_isMalformed() {
        List<ParseOutcome> outcomes = run(raw("{\"NFe\":\n {}}\n{\"NFe\": {}}", MediaType.JSON));

        assertThat(outcomes).singleElement().satisfies(outcome -> assertThat(outcome.findings()).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("JSON_MALFORMED");
                    assertThat(finding.message()).contains("after the root value at line 3, column 1");
                }));
    }

    @Test
    void deserialize_blankDocument_isMalformed() {
        List<ParseOutcome> outcomes = run(raw(" \n\t ", MediaType.JSON));

        assertThat(outcomes).singleElement().satisfies(outcome ->
                assertThat(outcome.findings()).extracting(Finding::code).containsExactly("JSON_MALFORMED"));
    }

    @Test
    void deserialize_arrayEndingMidway_deliversWhatCameBeforeTheBreak() {
        List<ParseOutcome> outcomes = run(raw("[" + nfe(CHAVE_A) + ", {", MediaType.JSON));

        assertThat(outcomes).hasSize(2);
        assertThat(chave(outcomes.get(0))).isEqualTo(CHAVE_A);
        assertThat(outcomes.get(1).findings()).extracting(Finding::code).containsExactly("JSON_MALFORMED");
    }

    @Test
    void deserialize_deepNesting_isQuarantinedAtTheDepthLimit() {
        String deep = "{\"NFe\": " + "{\"a\": ".repeat(100) + "1" + "}".repeat(100) + "}";

        List<ParseOutcome> outcomes = run(raw(deep, MediaType.JSON));

        assertThat(outcomes).singleElement().satisfies(outcome -> assertThat(outcome.findings()).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("JSON_LIMIT_EXCEEDED");
                    assertThat(finding.message()).contains("nesting depth");
                }));
    }

    @Test
    void deserialize_stringValueLongerThanAnyDocumentHolds_isQuarantinedAtTheStringLimit() {
        String huge = "{\"chave\": \"" + CHAVE_A + "\", \"xml\": \""
                + "A".repeat(JsonDocumentReader.MAX_STRING_CHARS + 1) + "\"}";

        List<ParseOutcome> outcomes = run(raw(huge, MediaType.JSON));

        assertThat(outcomes).singleElement().satisfies(outcome -> assertThat(outcome.findings()).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("JSON_LIMIT_EXCEEDED");
                    assertThat(finding.message()).contains("String value length");
                }));
    }

    @Test
    void deserialize_deepNestingInPage_quarantinesOnlyThatElement() {
        String deep = "[" + "[".repeat(200) + "]".repeat(200) + "]";
        String page = "[" + nfe(CHAVE_A) + "," + deep + "," + nfe(CHAVE_B) + "]";

        List<ParseOutcome> outcomes = run(raw(page, MediaType.JSON));

        assertThat(outcomes).extracting(outcome -> outcome.getClass().getSimpleName())
                .containsExactly("Parsed", "Quarantined", "Parsed");
    }

    @Test
    void deserialize_documentTooLarge_isQuarantined() {
        NfeJsonDeserializer small = new NfeJsonDeserializer(xml, JsonOptions.defaults().withMaxDocumentBytes(64));

        List<ParseOutcome> outcomes = new ArrayList<>();
        small.deserialize(raw(nfe(CHAVE_A), MediaType.JSON), outcomes::add);

        assertThat(outcomes).singleElement().satisfies(outcome ->
                assertThat(outcome.findings()).extracting(Finding::code).containsExactly("JSON_TOO_LARGE"));
    }

    @Test
    void deserialize_gzipBombPage_isQuarantinedWhole() {
        RawDocument bomb = new RawDocument("page-1", EnvelopeReaderTest.gzip(new byte[20 * 1024 * 1024]),
                MediaType.JSON, "test://p", FETCHED_AT);

        List<ParseOutcome> outcomes = run(bomb);

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ParseOutcome.Quarantined.class, quarantined -> {
            assertThat(quarantined.document()).isEqualTo(bomb);
            assertThat(quarantined.findings()).extracting(Finding::code).containsExactly("GZIP_RATIO_EXCEEDED");
        });
    }

    @Test
    void deserialize_sameBytesTwice_givesEqualOutcomes() {
        String page = "[" + nfe(CHAVE_A) + ", {\"x\": 1}, " + nfe(CHAVE_B) + "]";

        List<ParseOutcome> first = run(raw(page, MediaType.JSON));
        List<ParseOutcome> second = run(raw(page, MediaType.JSON));

        assertThat(second).usingRecursiveComparison().isEqualTo(first);
    }

    private List<ParseOutcome> run(RawDocument document) {
        List<ParseOutcome> outcomes = new ArrayList<>();
        deserializer.deserialize(document, outcomes::add);
        return outcomes;
    }

    private static RawDocument raw(String content, MediaType mediaType) {
        return new RawDocument("page-1", content.getBytes(StandardCharsets.UTF_8), mediaType, "test://page-1.json",
                FETCHED_AT);
    }

    private static String nfe(String chave) {
        return "{\"NFe\": {\"infNFe\": {\"@Id\": \"NFe" + chave + "\", \"@versao\": \"4.00\","
                + " \"total\": {\"ICMSTot\": {\"vNF\": 10.50}}}}}";
    }

    private static String chave(ParseOutcome outcome) {
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).document().chave().value();
    }
}
