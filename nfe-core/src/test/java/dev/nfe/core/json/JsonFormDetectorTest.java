package dev.nfe.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonFormDetectorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonFormDetector detector = new JsonFormDetector(Optional.empty());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"nfeProc\": {\"@versao\": \"4.00\", \"NFe\": {}}} | XMLTODICT | nfeProc | /nfeProc",
        "{\"NFe\": {\"infNFe\": {\"@Id\": \"NFe1\"}}} | XMLTODICT | NFe | /NFe",
        "{\"infNFe\": {\"@Id\": \"NFe1\"}} | XMLTODICT | infNFe | /infNFe",
        "{\"procEventoNFe\": {\"evento\": {}}} | XMLTODICT | procEventoNFe | /procEventoNFe",
        "{\"resNFe\": {\"chNFe\": \"1\"}} | XMLTODICT | resNFe | /resNFe",
        "{\"infNFe\": {\"attributes\": {\"Id\": \"NFe1\"}, \"ide\": {}}} | STANDARDIZE | infNFe | /infNFe",
        "{\"attributes\": {\"versao\": \"4.00\"}, \"NFe\": {}, \"protNFe\": {}} | STANDARDIZE | nfeProc | ''",
        "{\"infNFe\": {}, \"Signature\": {}} | STANDARDIZE | NFe | ''",
        "{\"attributes\": {\"Id\": \"NFe1\"}, \"ide\": {}, \"emit\": {}, \"det\": {}} | STANDARDIZE | infNFe | ''",
        "{\"evento\": {}, \"retEvento\": {}} | STANDARDIZE | procEventoNFe | ''",
        "{\"infEvento\": {\"detEvento\": {}}} | STANDARDIZE | evento | ''",
        "{\"chNFe\": \"1\", \"tpEvento\": \"110111\", \"nSeqEvento\": \"1\"} | STANDARDIZE | resEvento | ''",
        "{\"chNFe\": \"1\", \"vNF\": \"1.00\", \"cSitNFe\": \"1\"} | STANDARDIZE | resNFe | ''"})
    void detect_nfeTree_findsDialectAndRoot(String json, JsonDialect dialect, String rootName, String pointer)
            throws Exception {
        DetectedForm form = detector.detect(MAPPER.readTree(json));

        assertThat(form).isInstanceOfSatisfying(XmlTree.class, tree -> {
            assertThat(tree.dialect()).isEqualTo(dialect);
            assertThat(tree.rootName()).isEqualTo(rootName);
            assertThat(tree.pointer()).hasToString(pointer);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"xml\": \"<NFe/>\", \"chave\": \"1\"} | /xml",
        "{\"document\": \"PE5GZS8+\"} | /document",
        "{\"content\": \"<NFe/>\", \"xml\": null} | /content",
        "{\"nfeProc\": \"<nfeProc/>\"} | /nfeProc",
        "{\"content\": {\"a\": 1}, \"xml\": \"<NFe/>\"} | /xml"})
    void detect_stringAtDefaultPointer_isEnvelope(String json, String pointer) throws Exception {
        DetectedForm form = detector.detect(MAPPER.readTree(json));

        assertThat(form).isInstanceOfSatisfying(EnvelopeForm.class,
                envelope -> assertThat(envelope.pointer()).hasToString(pointer));
    }

    @Test
    void detect_configuredPointer_readsOnlyThere() throws Exception {
        JsonFormDetector configured = new JsonFormDetector(Optional.of("/data/nfe"));

        DetectedForm form = configured.detect(MAPPER.readTree("{\"xml\": \"<a/>\", \"data\": {\"nfe\": \"<b/>\"}}"));

        assertThat(form).isInstanceOfSatisfying(EnvelopeForm.class,
                envelope -> assertThat(envelope.content()).isEqualTo("<b/>"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"foo\": {\"bar\": 1}} | JSON_UNKNOWN_FORM | ''",
        "{\"NFe\": {\"infNFe\": {\"@Id\": \"1\", \"attributes\": {}}}} | JSON_UNKNOWN_FORM | /NFe",
        "{\"attributes\": {}, \"NFe\": {\"@x\": 1}, \"protNFe\": {}} | JSON_UNKNOWN_FORM | ''",
        "{\"xml\": [\"<NFe/>\"]} | JSON_WRONG_TYPE | /xml",
        "{\"content\": {\"a\": 1}} | JSON_WRONG_TYPE | /content",
        "[1, 2] | JSON_WRONG_TYPE | ''",
        "\"<NFe/>\" | JSON_WRONG_TYPE | ''"})
    void detect_unsupportedShape_isRejected(String json, String code, String pointer) {
        assertThatThrownBy(() -> detector.detect(MAPPER.readTree(json)))
                .isInstanceOfSatisfying(JsonRejection.class, e -> {
                    assertThat(e.finding().code()).isEqualTo(code);
                    assertThat(e.finding().path()).isEqualTo(pointer);
                });
    }

    @Test
    void detect_configuredPointerWithObject_isWrongType() {
        JsonFormDetector configured = new JsonFormDetector(Optional.of("/payload"));

        assertThatThrownBy(() -> configured.detect(MAPPER.readTree("{\"payload\": {\"NFe\": {}}}")))
                .isInstanceOfSatisfying(JsonRejection.class, e -> {
                    assertThat(e.finding().code()).isEqualTo("JSON_WRONG_TYPE");
                    assertThat(e.finding().message()).contains("must be a string, was an object");
                });
    }

    @Test
    void detect_unknownForm_namesTheMembersFound() {
        assertThatThrownBy(() -> detector.detect(MAPPER.readTree("{\"id\": 1, \"status\": \"ok\"}")))
                .isInstanceOfSatisfying(JsonRejection.class,
                        e -> assertThat(e.finding().message()).contains("[id, status]"));
    }
}
