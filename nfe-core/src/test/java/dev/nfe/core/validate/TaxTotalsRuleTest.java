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

class TaxTotalsRuleTest {

    private final TaxTotalsRule rule = new TaxTotalsRule();

    @Test
    void check_totalsThatAreTheItemSums_haveNoFindings() {
        assertThat(rule.check(NfeFixtures.nfe().build())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "vBC, 150.51",
        "vICMS, 27.08",
        "vPIS, 2.47",
        "vCOFINS, 11.45"
    })
    void check_totalWithinOneCent_isAccepted(String tag, String value) {
        assertThat(rule.check(NfeFixtures.nfe().withTotal(tag, value).build())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "vBC, 150.52, ICMS/vBC, 150.50",
        "vICMS, 25.00, ICMS/vICMS, 27.09",
        "vBCST, 1.00, ICMS/vBCST, 0",
        "vST, 1.00, ICMS/vICMSST, 0",
        "vIPI, 1.00, IPI/vIPI, 0",
        "vII, 1.00, II/vII, 0",
        "vPIS, 0.00, PIS/vPIS, 2.48",
        "vCOFINS, 0.00, COFINS/vCOFINS, 11.44",
        "vICMSDeson, 1.00, ICMS/vICMSDeson, 0",
        "vFCP, 1.00, ICMS/vFCP, 0",
        "vFCPST, 1.00, ICMS/vFCPST, 0",
        "vFCPSTRet, 1.00, ICMS/vFCPSTRet, 0",
        "vIPIDevol, 1.00, impostoDevol/IPI/vIPIDevol, 0"
    })
    void check_icmsTotThatDiffersFromItsItems_isAWarning(String tag, String declared, String items, String sum) {
        assertThat(rule.check(NfeFixtures.nfe().withTotal(tag, declared).build())).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo(FindingCodes.TOTAL_TAX);
                    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                    assertThat(finding.path()).isEqualTo("/NFe/infNFe/total/ICMSTot/" + tag);
                    assertThat(finding.message()).isEqualTo("ICMSTot/" + tag + " is " + declared + " but the items' "
                            + items + " sum to " + sum + " (tolerance 0.01)");
                });
    }

    @Test
    void check_baseDeclaredForAnItemWithoutOne_isOnlyAWarning() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "2.90").withIcms(NfeFixtures.icms("ICMSSN500", "csosn", "500")))
                .withTotal("vBC", "2.90").withTotal("vICMS", "0")
                .build();

        assertThat(rule.check(nfe)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(FindingCodes.TOTAL_TAX, Severity.WARNING));
    }

    @Test
    void check_absentOptionalTotal_isNotChecked() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00").withIcms(NfeFixtures.icms("ICMS00", "vBC", "100.00",
                        "vICMS", "18.00", "vFCP", "2.00")))
                .withoutTotal("vFCP").withoutTotal("vFCPST").withoutTotal("vIPIDevol").withoutTotal("vICMSDeson")
                .build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @Test
    void check_pisOfServiceItemsLeftOutOfIcmsTot_isAccepted() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00"),
                        NfeFixtures.item(2, "50.50").withIssqn().withIndTot(Optional.of("0")))
                .withTotal("vPIS", "1.65").withTotal("vCOFINS", "7.60")
                .withIssqnTot(NfeFixtures.issqnTot("50.50", "50.50", "2.53"))
                .build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @Test
    void check_issqnTotThatDiffersFromItsItems_isAWarningPerTotal() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00"),
                        NfeFixtures.item(2, "50.50").withIssqn().withIndTot(Optional.of("0")))
                .withIssqnTot(NfeFixtures.issqnTot("936.18", "50.50", "28.09"))
                .build();

        assertThat(rule.check(nfe)).extracting(Finding::path).containsExactly(
                "/NFe/infNFe/total/ISSQNtot/vServ", "/NFe/infNFe/total/ISSQNtot/vISS");
    }

    @Test
    void check_difalTotalsThatAreTheItemSums_haveNoFindings() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00").withIcmsUfDest("2.00", "6.00", "0.00"),
                        NfeFixtures.item(2, "50.50").withIcmsUfDest("1.01", "3.03", "0.00"))
                .withTotal("vFCPUFDest", "3.01").withTotal("vICMSUFDest", "9.03").withTotal("vICMSUFRemet", "0.00")
                .build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @Test
    void check_difalTotalThatDiffers_isAWarning() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00").withIcmsUfDest("2.00", "6.00", "0.00"))
                .withTotal("vFCPUFDest", "2.00").withTotal("vICMSUFDest", "9.00").withTotal("vICMSUFRemet", "0.00")
                .build();

        assertThat(rule.check(nfe)).extracting(Finding::path)
                .containsExactly("/NFe/infNFe/total/ICMSTot/vICMSUFDest");
    }

    @Test
    void check_ibsCbsTotThatIsTheItemSums_hasNoFindings() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "84.79").withIbsCbs(NfeFixtures.ibsCbs("84.79", "0.08", "0.00",
                        "0.76")))
                .withIbsCbsTot(NfeFixtures.ibsCbsTot("84.79", "0.08", "0.76"))
                .build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @Test
    void check_ibsCbsTotThatDiffers_isAWarningPerTotal() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "800.00").withIbsCbs(NfeFixtures.ibsCbs("800.00", "16.00", "25.00",
                        "101.00")))
                .withIbsCbsTot(NfeFixtures.ibsCbsTot("2000.50", "50.00", "87.29"))
                .build();

        assertThat(rule.check(nfe)).extracting(Finding::path).containsExactly(
                "/NFe/infNFe/total/IBSCBSTot/vBCIBSCBS",
                "/NFe/infNFe/total/IBSCBSTot/gIBS/gIBSUF/vIBSUF",
                "/NFe/infNFe/total/IBSCBSTot/gIBS/gIBSMun/vIBSMun",
                "/NFe/infNFe/total/IBSCBSTot/gIBS/vIBS",
                "/NFe/infNFe/total/IBSCBSTot/gCBS/vCBS");
    }

    @Test
    void check_isTotThatDiffers_isAWarning() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00").withIs("150.00"))
                .withIsTot("1000.00")
                .withTotal("vNF", "100.00")
                .build();

        assertThat(rule.check(nfe)).extracting(Finding::path, Finding::message).containsExactly(tuple(
                "/NFe/infNFe/total/ISTot/vIS", "ISTot/vIS is 1000.00 but the items' IS/vIS sum to 150.00"
                        + " (tolerance 0.01)"));
    }
}
