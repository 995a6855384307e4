package dev.nfe.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessKeyRuleTest {

    private final AccessKeyRule rule = new AccessKeyRule();

    @ParameterizedTest
    @ValueSource(strings = {
        "35180834128745000152550010000474281920007498",
        "35150300822602000124550010009923461099234656",
        "11101284613439000180550010000004881093997017",
        "35101158716523000119550010000000011003000000",
        "42210775277525000178550030000266631762885493",
        "35260712ABC34501DE35550010000001231123456787"
    })
    void check_wellFormedKeyWithItsCheckDigit_hasNoFindings(String chave) {
        assertThat(rule.check(nfeWithChave(chave))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "32191107670813000825550010059062251133037938, 8, 3",
        "35180834128745000152550010000474281920007490, 0, 8",
        "35260712ABC34501DE35550010000001231123456786, 6, 7"
    })
    void check_wrongCheckDigit_isAnErrorNamingBothDigits(String chave, String written, String expected) {
        List<Finding> findings = rule.check(nfeWithChave(chave));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.CHAVE_CHECK_DIGIT);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.path()).isEqualTo("/NFe/infNFe/@Id");
            assertThat(finding.message()).contains("check digit " + written + ", expected " + expected);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "3518083412874500015255001000047428192000749",
        "351808341287450001525500100004742819200074980",
        "NFe35180834128745000152550010000474281920007498",
        "35260712ABC34501DE3X550010000001231123456787",
        "35260712abc34501de35550010000001231123456787",
        "35A80834128745000152550010000474281920007498",
        "35180834128745000152550010000474281920007 98"
    })
    void check_malformedKey_isAFormatError(String chave) {
        List<Finding> findings = rule.check(nfeWithChave(chave));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.CHAVE_FORMAT);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message()).contains(chave).contains(chave.length() + " characters");
        });
    }

    static Stream<Arguments> documentsWithBadKeys() {
        String bad = "35180834128745000152550010000474281920007490";
        return Stream.of(
                Arguments.of(EventFixtures.correctionLetter().withChave(bad).build(), "/evento/infEvento/chNFe"),
                Arguments.of(EventFixtures.nfeSummary(bad, Optional.of(NfeFixtures.EMIT_CNPJ), Optional.empty(),
                        "1.00", NfeFixtures.DH_EMI), "/resNFe/chNFe"),
                Arguments.of(EventFixtures.eventSummary(bad, 1, EventFixtures.DH_EVENTO), "/resEvento/chNFe"));
    }

    @ParameterizedTest
    @MethodSource("documentsWithBadKeys")
    void check_eventOrSummaryWithWrongCheckDigit_isAnErrorAtItsChNFe(FiscalDocument document, String path) {
        assertThat(rule.check(document)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.CHAVE_CHECK_DIGIT);
            assertThat(finding.isError()).isTrue();
            assertThat(finding.path()).isEqualTo(path);
        });
    }

    private static FiscalDocument nfeWithChave(String chave) {
        return NfeFixtures.nfe().withChave(chave).build();
    }
}
