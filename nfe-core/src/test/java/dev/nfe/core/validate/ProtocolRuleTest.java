package dev.nfe.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProtocolRuleTest {

    private final ProtocolRule rule = new ProtocolRule();

    @Test
    void check_noProtocol_hasNoFindings() {
        assertThat(rule.check(NfeFixtures.nfe().build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "150"})
    void check_authorisingProtocolForTheNote_hasNoFindings(String cStat) {
        assertThat(rule.check(withProtocol(NfeFixtures.CHAVE, cStat))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "110, PROTOCOL_DENIED",
        "301, PROTOCOL_DENIED",
        "302, PROTOCOL_DENIED",
        "303, PROTOCOL_DENIED",
        "101, PROTOCOL_CANCELLED",
        "151, PROTOCOL_CANCELLED",
        "155, PROTOCOL_CANCELLED",
        "204, PROTOCOL_NOT_AUTHORIZED",
        "OK, PROTOCOL_NOT_AUTHORIZED"
    })
    void check_protocolThatDoesNotAuthorise_isAWarningNamingItsCStat(String cStat, String code) {
        assertThat(rule.check(withProtocol(NfeFixtures.CHAVE, cStat))).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(code);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.path()).isEqualTo("/nfeProc/protNFe/infProt/cStat");
            assertThat(finding.message()).contains("cStat " + cStat).contains("expected 100 or 150");
        });
    }

    @Test
    void check_protocolForAnotherChave_isAnErrorNamingBothKeys() {
        String other = "35180834128745000152550010000474491454651420";

        assertThat(rule.check(withProtocol(other, "100"))).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.PROTOCOL_KEY_MISMATCH);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.path()).isEqualTo("/nfeProc/protNFe/infProt/chNFe");
            assertThat(finding.message()).contains(other).contains(NfeFixtures.CHAVE);
        });
    }

    @Test
    void check_deniedProtocolForAnotherChave_reportsBoth() {
        String other = "35180834128745000152550010000474491454651420";

        assertThat(rule.check(withProtocol(other, "302"))).extracting(Finding::code)
                .containsExactly(FindingCodes.PROTOCOL_KEY_MISMATCH, FindingCodes.PROTOCOL_DENIED);
    }

    private static Nfe withProtocol(String chNFe, String cStat) {
        return NfeFixtures.nfe().withProtNFe(NfeFixtures.protNFe(chNFe, cStat, NfeFixtures.DH_EMI.plusSeconds(20)))
                .build();
    }
}
