package dev.nfe.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NegativeAmountRuleTest {

    private final NegativeAmountRule rule = new NegativeAmountRule();

    @Test
    void check_zeroAndPositiveAmounts_haveNoFindings() {
        assertThat(rule.check(NfeFixtures.nfe().withTotal("vDesc", "0").withDetPag("150.50", "0.00").build()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vNF", "vDesc", "vST", "vIPIDevol", "vICMSDeson"})
    void check_negativeTotal_isAnErrorAtItsPath(String tag) {
        assertThat(rule.check(NfeFixtures.nfe().withTotal(tag, "-0.01").build())).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo(FindingCodes.NEGATIVE_AMOUNT);
                    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                    assertThat(finding.path()).isEqualTo("/NFe/infNFe/total/ICMSTot/" + tag);
                    assertThat(finding.message()).contains("was -0.01");
                });
    }

    @Test
    void check_negativeItemValues_areReportedInDocumentOrder() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00"), NfeFixtures.item(2, "-50.50").withVDesc("-1.00"))
                .withTotal("vProd", "100.00").withTotal("vNF", "100.00").withTotal("vDesc", "0")
                .withTotal("vBC", "100.00").withTotal("vICMS", "18.00")
                .withTotal("vPIS", "1.65").withTotal("vCOFINS", "7.60")
                .build();

        assertThat(rule.check(nfe)).extracting(Finding::path).containsExactly(
                "/NFe/infNFe/det[@nItem='2']/prod/vUnCom",
                "/NFe/infNFe/det[@nItem='2']/prod/vProd",
                "/NFe/infNFe/det[@nItem='2']/prod/vUnTrib",
                "/NFe/infNFe/det[@nItem='2']/prod/vDesc",
                "/NFe/infNFe/det[@nItem='2']/imposto/ICMS/ICMS00/vBC",
                "/NFe/infNFe/det[@nItem='2']/imposto/ICMS/ICMS00/vICMS",
                "/NFe/infNFe/det[@nItem='2']/imposto/PIS/PISAliq/vBC",
                "/NFe/infNFe/det[@nItem='2']/imposto/PIS/PISAliq/vPIS",
                "/NFe/infNFe/det[@nItem='2']/imposto/COFINS/COFINSAliq/vBC",
                "/NFe/infNFe/det[@nItem='2']/imposto/COFINS/COFINSAliq/vCOFINS");
    }

    @Test
    void check_negativePayment_isAnErrorAtItsDetPag() {
        assertThat(rule.check(NfeFixtures.nfe().withDetPag("200.00", "-49.50").build()))
                .extracting(Finding::path).containsExactly("/NFe/infNFe/pag/detPag[2]/vPag");
    }

    @Test
    void check_negativeVNFTot_isAnError() {
        assertThat(rule.check(NfeFixtures.nfe().withVNFTot("-1").build()))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple(FindingCodes.NEGATIVE_AMOUNT, "/NFe/infNFe/total/vNFTot"));
    }

    @Test
    void check_summaryWithNegativeVNF_isAnErrorAtResNFe() {
        assertThat(rule.check(EventFixtures.nfeSummary(NfeFixtures.CHAVE, Optional.of(NfeFixtures.EMIT_CNPJ),
                Optional.empty(), "-10.00", NfeFixtures.DH_EMI)))
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple(FindingCodes.NEGATIVE_AMOUNT, "/resNFe/vNF"));
    }
}
