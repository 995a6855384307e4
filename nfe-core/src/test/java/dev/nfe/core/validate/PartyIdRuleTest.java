package dev.nfe.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartyIdRuleTest {

    private final PartyIdRule rule = new PartyIdRule();

    @ParameterizedTest
    @ValueSource(strings = {"34128745000152", "11222333000181", "12ABC34501DE35", "XT9CDVWJ000172"})
    void check_cnpjWithItsCheckDigits_hasNoFindings(String cnpj) {
        assertThat(rule.check(withIssuerCnpj(cnpj))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "52567322000119, 19, 10",
        "99999999999999, 99, 62",
        "12ABC34501DE36, 36, 35",
        "07670813000823, 23, 04"
    })
    void check_cnpjWithWrongCheckDigits_isAWarningNamingBoth(String cnpj, String written, String expected) {
        assertThat(rule.check(withIssuerCnpj(cnpj))).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.CNPJ_CHECK_DIGIT);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.path()).isEqualTo("/NFe/infNFe/emit/CNPJ");
            assertThat(finding.message()).contains(cnpj + " has check digits " + written + ", expected " + expected);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234", "12abc34501de35", "12ABC34501DEAB", "341287450001520"})
    void check_malformedCnpj_isAWarningWithItsLength(String cnpj) {
        assertThat(rule.check(withIssuerCnpj(cnpj))).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.CNPJ_CHECK_DIGIT);
            assertThat(finding.message()).contains("it has " + cnpj.length() + " characters");
        });
    }

    @Test
    void check_recipientCpfWithItsCheckDigits_hasNoFindings() {
        assertThat(rule.check(withRecipientCpf(NfeFixtures.VALID_CPF))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"52998224726", "11111111111", "014345733812", "5299822472"})
    void check_recipientCpfWrongOrMalformed_isAWarningAtDestCpf(String cpf) {
        assertThat(rule.check(withRecipientCpf(cpf))).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.CPF_CHECK_DIGIT);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.path()).isEqualTo("/NFe/infNFe/dest/CPF");
        });
    }

    @Test
    void check_cpfWithWrongCheckDigits_masksTheCpfInTheMessage() {
        assertThat(rule.check(withRecipientCpf("52998224726"))).singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .contains("***.982.247-**")
                        .doesNotContain("52998224726")
                        .doesNotContain("529.982"));
    }

    @Test
    void check_issuerCpfWithWrongCheckDigits_isAWarningAtEmitCpf() {
        Nfe nfe = NfeFixtures.nfe().withEmitter(Optional.empty(), Optional.of("52998224726")).build();

        assertThat(rule.check(nfe)).extracting(Finding::code, Finding::path)
                .containsExactly(tuple(FindingCodes.CPF_CHECK_DIGIT,
                        "/NFe/infNFe/emit/CPF"));
    }

    @Test
    void check_recipientCnpjWithWrongCheckDigits_isAWarningAtDestCnpj() {
        Nfe nfe = NfeFixtures.nfe().withDest(Optional.of(NfeFixtures.dest(Optional.of("11222333000180"),
                Optional.empty()))).build();

        assertThat(rule.check(nfe)).extracting(Finding::path).containsExactly("/NFe/infNFe/dest/CNPJ");
    }

    @Test
    void check_eventAuthorWithWrongCheckDigits_isAWarningAtTheEvent() {
        assertThat(rule.check(EventFixtures.correctionLetter()
                .withAuthor(Optional.of("11222333000180"), Optional.empty()).build()))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple(FindingCodes.CNPJ_CHECK_DIGIT,
                        "/evento/infEvento/CNPJ"));
    }

    @Test
    void check_summaryIssuerWithWrongCheckDigits_isAWarningAtResNFe() {
        assertThat(rule.check(EventFixtures.nfeSummary(NfeFixtures.CHAVE, Optional.of("11222333000180"),
                Optional.empty(), "1.00", NfeFixtures.DH_EMI)))
                .extracting(Finding::path).containsExactly("/resNFe/CNPJ");
    }

    private static Nfe withRecipientCpf(String cpf) {
        return NfeFixtures.nfe().withDest(Optional.of(NfeFixtures.dest(Optional.empty(), Optional.of(cpf)))).build();
    }

    private static Nfe withIssuerCnpj(String cnpj) {
        return NfeFixtures.nfe().withEmitter(Optional.of(cnpj), Optional.empty()).withChave(NfeFixtures.CHAVE)
                .build();
    }
}
