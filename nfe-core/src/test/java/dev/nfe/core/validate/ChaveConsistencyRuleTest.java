package dev.nfe.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.Severity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChaveConsistencyRuleTest {

    private final ChaveConsistencyRule rule = new ChaveConsistencyRule();

    @Test
    void check_chaveDerivedFromIdeAndEmit_hasNoFindings() {
        assertThat(rule.check(NfeFixtures.nfe().build())).isEmpty();
    }

    static Stream<Arguments> oneFieldChanged() {
        return Stream.of(
                Arguments.of("cUF", change(n -> n.withCUF("43"))),
                Arguments.of("AAMM", change(n -> n.withDhEmi(Optional.of(
                        OffsetDateTime.parse("2018-09-01T10:00:00-03:00"))))),
                Arguments.of("CNPJ", change(n -> n.withEmitter(Optional.of("11222333000181"), Optional.empty()))),
                Arguments.of("mod", change(n -> n.withMod(65))),
                Arguments.of("serie", change(n -> n.withSerie(2))),
                Arguments.of("nNF", change(n -> n.withNNF(47429))),
                Arguments.of("tpEmis", change(n -> n.withTpEmis("9"))),
                Arguments.of("cNF", change(n -> n.withCNF("12345678"))),
                Arguments.of("cDV", change(n -> n.withCDV("7"))));
    }

    @ParameterizedTest
    @MethodSource("oneFieldChanged")
    void check_oneFieldDisagrees_isOneWarningNamingIt(String field, UnaryOperator<NfeFixtures> changed) {
        Nfe nfe = changed.apply(NfeFixtures.nfe().withChave(NfeFixtures.CHAVE)).build();

        assertThat(rule.check(nfe)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.CHAVE_MISMATCH);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.path()).isEqualTo("/NFe/infNFe/@Id");
            assertThat(finding.message()).startsWith("chave disagrees with ide/emit on: " + field + " (");
        });
    }

    @Test
    void check_severalFieldsDisagree_listsThemInChaveOrderWithBothValues() {
        Nfe nfe = NfeFixtures.nfe().withChave(NfeFixtures.CHAVE)
                .withCUF("43")
                .withDhEmi(Optional.of(OffsetDateTime.parse("2012-09-01T10:00:00-03:00")))
                .withEmitter(Optional.of("11222333000181"), Optional.empty())
                .build();

        assertThat(rule.check(nfe)).extracting(Finding::message).containsExactly(
                "chave disagrees with ide/emit on: cUF, AAMM, CNPJ (cUF: chave 35, document 43; AAMM: chave 1808,"
                        + " document 1209; CNPJ: chave 34128745000152, document 11222333000181)");
    }

    @Test
    void check_issuerCpf_isComparedPaddedWithZeros() {
        Nfe nfe = NfeFixtures.nfe().withEmitter(Optional.empty(), Optional.of(NfeFixtures.VALID_CPF)).build();

        assertThat(nfe.chave().emitterId()).isEqualTo("000" + NfeFixtures.VALID_CPF);
        assertThat(rule.check(nfe)).isEmpty();
    }

    @Test
    void check_issuerCpfDisagrees_doesNotPrintEitherCpf() {
        Nfe nfe = NfeFixtures.nfe().withEmitter(Optional.empty(), Optional.of(NfeFixtures.VALID_CPF)).build();
        String otherCpfChave = nfe.chave().value().replace(NfeFixtures.VALID_CPF, "11144477735");
        Nfe changed = NfeFixtures.nfe().withEmitter(Optional.empty(), Optional.of(NfeFixtures.VALID_CPF))
                .withChave(otherCpfChave).build();

        assertThat(rule.check(changed)).singleElement().satisfies(finding -> assertThat(finding.message())
                .contains("on: CNPJ (")
                .doesNotContain(NfeFixtures.VALID_CPF)
                .doesNotContain("11144477735"));
    }

    @Test
    void check_layout200WithDEmi_takesAammFromDEmi() {
        Nfe nfe = NfeFixtures.nfe().withVersao("2.00").withDhEmi(Optional.empty())
                .withDEmi(Optional.of(LocalDate.parse("2018-08-07"))).withChave(NfeFixtures.CHAVE).build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @Test
    void check_layout110_readsANineDigitCnfAndNoTpEmis() {
        String chave110 = "35120964542918000145551417486715461974911388";
        Nfe nfe = NfeFixtures.nfe().withVersao("1.10").withChave(chave110)
                .withDhEmi(Optional.empty()).withDEmi(Optional.of(LocalDate.parse("2012-09-01")))
                .withEmitter(Optional.of("64542918000145"), Optional.empty())
                .withSerie(141).withNNF(748671546).withTpEmis("1").withCNF("197491138").withCDV("8")
                .build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @Test
    void check_malformedChave_isLeftToTheFormatCheck() {
        assertThat(rule.check(NfeFixtures.nfe().withChave("123").withCUF("43").build())).isEmpty();
    }

    @Test
    void check_summaryWhoseIssuerDisagrees_isAWarningAgainstResNFe() {
        assertThat(rule.check(EventFixtures.nfeSummary(NfeFixtures.CHAVE, Optional.of("11222333000181"),
                Optional.empty(), "1.00", NfeFixtures.DH_EMI)))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.path()).isEqualTo("/resNFe/chNFe");
                    assertThat(finding.message()).startsWith("chave disagrees with resNFe on: CNPJ");
                });
    }

    private static UnaryOperator<NfeFixtures> change(UnaryOperator<NfeFixtures> change) {
        return change;
    }
}
