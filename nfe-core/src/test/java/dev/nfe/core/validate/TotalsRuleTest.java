package dev.nfe.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotalsRuleTest {

    private final TotalsRule rule = new TotalsRule();

    @Test
    void check_consistentTotals_hasNoFindings() {
        assertThat(rule.check(NfeFixtures.nfe().build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"150.49", "150.50", "150.51"})
    void check_vProdWithinOneCentOfTheItems_isAccepted(String vProd) {
        assertThat(rule.check(NfeFixtures.nfe().withTotal("vProd", vProd).withTotal("vNF", vProd).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"150.48", "150.52", "9.90"})
    void check_vProdBeyondOneCentOfTheItems_isAnErrorWithBothValues(String vProd) {
        List<Finding> findings = rule.check(NfeFixtures.nfe().withTotal("vProd", vProd).withTotal("vNF", vProd)
                .build());

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.TOTAL_VPROD);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.path()).isEqualTo("/NFe/infNFe/total/ICMSTot/vProd");
            assertThat(finding.message()).contains("vProd is " + vProd + " but the items with indTot=1 sum to 150.50");
        });
    }

    @Test
    void check_itemWithIndTot0_isLeftOutOfVProd() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00"), NfeFixtures.item(2, "50.50").withIndTot(Optional.of("0")))
                .build();

        assertThat(nfe.total().icmsTot().vProd()).isEqualByComparingTo("100.00");
        assertThat(rule.check(nfe)).isEmpty();
    }

    @Test
    void check_itemWithoutIndTot_countsAsInOldLayouts() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00"), NfeFixtures.item(2, "50.50").withIndTot(Optional.empty()))
                .withTotal("vProd", "100.00").withTotal("vNF", "100.00")
                .build();

        assertThat(rule.check(nfe)).extracting(Finding::code).containsExactly(FindingCodes.TOTAL_VPROD);
    }

    @Test
    void check_serviceItemWithIndTot1TotalledInVServ_isAccepted() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00"), NfeFixtures.item(2, "50.50").withIssqn())
                .withTotal("vProd", "100.00")
                .withIssqnTot(NfeFixtures.issqnTot("50.50", "50.50", "2.53"))
                .withTotal("vNF", "150.50")
                .build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"150.49", "150.51"})
    void check_vNFWithinOneCentOfTheFormula_isAccepted(String vNF) {
        assertThat(rule.check(NfeFixtures.nfe().withTotal("vNF", vNF).build())).isEmpty();
    }

    @Test
    void check_vNFBeyondOneCent_isAnErrorWithTheExpectedValue() {
        assertThat(rule.check(NfeFixtures.nfe().withTotal("vNF", "150.52").build())).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo(FindingCodes.TOTAL_VNF);
                    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                    assertThat(finding.path()).isEqualTo("/NFe/infNFe/total/ICMSTot/vNF");
                    assertThat(finding.message()).startsWith("ICMSTot/vNF is 150.52, expected 150.50 = vProd - vDesc");
                });
    }

    @Test
    void check_vNFWithDiscountFreightAndStOnTheItems_followsTheFormula() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00").withVDesc("10.00").withVFrete("7.00")
                        .withIcms(NfeFixtures.icms("ICMS10", "vBC", "100.00", "vICMS", "18.00", "vBCST", "140.00",
                                "vICMSST", "7.20")))
                .withTotal("vNF", "104.20")
                .build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"165.50", "155.50"})
    void check_importNote_acceptsVNFWithOrWithoutVII(String vNF) {
        assertThat(rule.check(importNote(vNF))).isEmpty();
    }

    @Test
    void check_importNoteMatchingNeitherReading_isAnError() {
        assertThat(rule.check(importNote("160.50"))).extracting(Finding::code)
                .containsExactly(FindingCodes.TOTAL_VNF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"150.50", "132.50"})
    void check_desoneratedIcmsWithoutIndDeduzDeson_acceptsEitherReading(String vNF) {
        Nfe nfe = NfeFixtures.nfe().withItems(desonerated(Optional.empty()), NfeFixtures.item(2, "50.50"))
                .withTotal("vNF", vNF)
                .build();

        assertThat(nfe.total().icmsTot().vICMSDeson()).contains(new BigDecimal("18.00"));
        assertThat(rule.check(nfe)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "1, 132.50, 150.50",
        "0, 150.50, 132.50"
    })
    void check_desoneratedIcmsWithIndDeduzDeson_followsTheItems(String indDeduzDeson, String right, String wrong) {
        NfeFixtures.Item item = desonerated(Optional.of(indDeduzDeson));

        assertThat(rule.check(NfeFixtures.nfe().withItems(item, NfeFixtures.item(2, "50.50"))
                .withTotal("vNF", right).build())).isEmpty();
        assertThat(rule.check(NfeFixtures.nfe().withItems(item, NfeFixtures.item(2, "50.50"))
                .withTotal("vNF", wrong).build())).extracting(Finding::code).containsExactly(FindingCodes.TOTAL_VNF);
    }

    @ParameterizedTest
    @CsvSource({
        "vFCPST, 2.00, 152.50",
        "vIPIDevol, 3.00, 153.50",
        "vSeg, 1.25, 151.75",
        "vOutro, 0.75, 151.25"
    })
    void check_vNFComponent_isAddedToTheTotal(String tag, String amount, String vNF) {
        assertThat(rule.check(NfeFixtures.nfe().withTotal(tag, amount).withTotal("vNF", vNF).build())).isEmpty();
        assertThat(rule.check(NfeFixtures.nfe().withTotal(tag, amount).build()))
                .extracting(Finding::code).containsExactly(FindingCodes.TOTAL_VNF);
    }

    @Test
    void check_servicesInIssqnTot_areAddedToVNF() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00"),
                        NfeFixtures.item(2, "90.00").withIssqn().withIndTot(Optional.of("0")))
                .withIssqnTot(NfeFixtures.issqnTot("90.00", "90.00", "4.50"))
                .withTotal("vNF", "190.00")
                .build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "1, 153.50",
        "0, 150.50"
    })
    void check_pisAndCofinsSt_areAddedOnlyWhenTheItemSaysSo(String indSoma, String vNF) {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00").withPisSt("1.00", Optional.of(indSoma))
                        .withCofinsSt("2.00", Optional.of(indSoma)), NfeFixtures.item(2, "50.50"))
                .withTotal("vNF", vNF)
                .build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"150.50", "155.50"})
    void check_selectiveTax_mayBeInsideVNFOrNot(String vNF) {
        assertThat(rule.check(NfeFixtures.nfe().withIsTot("5.00").withTotal("vNF", vNF).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"151.34", "151.35", "151.33"})
    void check_vNFTotEqualToVNFPlusIbsAndCbs_isAccepted(String vNFTot) {
        Nfe nfe = NfeFixtures.nfe().withIbsCbsTot(NfeFixtures.ibsCbsTot("150.50", "0.08", "0.76"))
                .withVNFTot(vNFTot).build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"156.34", "151.34"})
    void check_vNFTotWithSelectiveTax_acceptsItAddedOrInsideVNF(String vNFTot) {
        Nfe nfe = NfeFixtures.nfe().withIbsCbsTot(NfeFixtures.ibsCbsTot("150.50", "0.08", "0.76"))
                .withIsTot("5.00").withVNFTot(vNFTot).build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @Test
    void check_vNFTotThatDiffers_isAWarningWithTheExpectedValue() {
        Nfe nfe = NfeFixtures.nfe().withIbsCbsTot(NfeFixtures.ibsCbsTot("150.50", "0.08", "0.76"))
                .withVNFTot("5000.00").build();

        assertThat(rule.check(nfe)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.TOTAL_VNFTOT);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.path()).isEqualTo("/NFe/infNFe/total/vNFTot");
            assertThat(finding.message()).startsWith("total/vNFTot is 5000.00, expected 151.34 = vNF + vIBS + vCBS");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"150.50", "150.51"})
    void check_vNFTotEqualToVNFWithInformativeIbsCbs_isAccepted(String vNFTot) {
        Nfe nfe = NfeFixtures.nfe().withIbsCbsTot(NfeFixtures.ibsCbsTot("150.50", "0.08", "0.76"))
                .withVNFTot(vNFTot).build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @Test
    void check_vNFTotEqualToTheSumOfVItem_isAccepted() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.50").withVItem("100.50"), NfeFixtures.item(2, "50.00")
                        .withVItem("50.84"))
                .withIbsCbsTot(NfeFixtures.ibsCbsTot("150.50", "0.08", "0.76"))
                .withVNFTot("151.34").build();

        assertThat(rule.check(nfe)).isEmpty();
    }

    @Test
    void check_vNFTotOtherThanTheSumOfVItem_isAWarningNamingTheSum() {
        Nfe nfe = NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.50").withVItem("100.50"), NfeFixtures.item(2, "50.00")
                        .withVItem("50.00"))
                .withIbsCbsTot(NfeFixtures.ibsCbsTot("150.50", "0.08", "0.76"))
                .withVNFTot("151.34").build();

        assertThat(rule.check(nfe)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCodes.TOTAL_VNFTOT);
            assertThat(finding.message()).isEqualTo(
                    "total/vNFTot is 151.34, expected 150.50 = sum of det/vItem (tolerance 0.01)");
        });
    }

    @Test
    void check_ibsCbsTotWithoutVNFTot_hasNoFindings() {
        assertThat(rule.check(NfeFixtures.nfe().withIbsCbsTot(NfeFixtures.ibsCbsTot("150.50", "0.08", "0.76"))
                .build())).isEmpty();
    }

    /** Items 100.00 (II 10.00, IPI 5.00) and 50.50: vNF is 165.50 with vII, 155.50 without. */
    private static Nfe importNote(String vNF) {
        return NfeFixtures.nfe()
                .withItems(NfeFixtures.item(1, "100.00").withIi("10.00").withIpi("5.00"), NfeFixtures.item(2, "50.50"))
                .withTotal("vNF", vNF)
                .build();
    }

    private static NfeFixtures.Item desonerated(Optional<String> indDeduzDeson) {
        String[] values = indDeduzDeson
                .map(ind -> new String[] {"cst", "40", "vICMSDeson", "18.00", "motDesICMS", "9", "indDeduzDeson", ind})
                .orElse(new String[] {"cst", "40", "vICMSDeson", "18.00", "motDesICMS", "9"});
        return NfeFixtures.item(1, "100.00").withIcms(NfeFixtures.icms("ICMS40", values));
    }
}
