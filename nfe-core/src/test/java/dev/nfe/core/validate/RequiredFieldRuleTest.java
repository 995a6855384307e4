package dev.nfe.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.model.InfNFeSupl;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.Severity;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredFieldRuleTest {

    private final RequiredFieldRule rule = new RequiredFieldRule();

    @Test
    void check_completeNote_hasNoFindings() {
        assertThat(rule.check(NfeFixtures.nfe().build())).isEmpty();
    }

    @Test
    void check_noItem_isAnErrorAtDet() {
        assertThat(rule.check(NfeFixtures.nfe().withItems().build())).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.REQUIRED_FIELD);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.path()).isEqualTo("/NFe/infNFe/det");
            assertThat(finding.message()).contains("no item");
        });
    }

    @Test
    void check_issuerWithoutCnpjOrCpf_isAnErrorAtEmit() {
        Nfe nfe = NfeFixtures.nfe().withChave(NfeFixtures.CHAVE).withEmitter(Optional.empty(), Optional.empty())
                .build();

        assertThat(rule.check(nfe)).extracting(Finding::path, Finding::message)
                .containsExactly(tuple("/NFe/infNFe/emit/CNPJ",
                        "emit has neither CNPJ nor CPF; the layout requires one of them"));
    }

    @Test
    void check_noEmissionDate_isAnErrorAtDhEmi() {
        Nfe nfe = NfeFixtures.nfe().withChave(NfeFixtures.CHAVE).withDhEmi(Optional.empty()).build();

        assertThat(rule.check(nfe)).extracting(Finding::path).containsExactly("/NFe/infNFe/ide/dhEmi");
    }

    @Test
    void check_layout200WithDEmiOnly_hasNoFindings() {
        Nfe nfe = NfeFixtures.nfe().withVersao("2.00").withDhEmi(Optional.empty())
                .withDEmi(Optional.of(LocalDate.parse("2018-08-07"))).build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @Test
    void check_nfce400WithoutQrCode_isAWarningAtInfNFeSupl() {
        Nfe nfe = NfeFixtures.nfe().withMod(65).build();

        assertThat(rule.check(nfe)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.NFCE_SUPL_MISSING);
            assertThat(finding.isError()).isFalse();
            assertThat(finding.path()).isEqualTo("/NFe/infNFeSupl");
        });
    }

    @Test
    void check_nfce400WithQrCode_hasNoFindings() {
        Nfe nfe = NfeFixtures.nfe().withMod(65)
                .withInfNFeSupl(new InfNFeSupl("https://example.invalid/qr?p=1", Optional.empty())).build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.00", "3.10"})
    void check_olderNfceWithoutQrCode_hasNoFindings(String versao) {
        assertThat(rule.check(NfeFixtures.nfe().withMod(65).withVersao(versao).build())).isEmpty();
    }
}
