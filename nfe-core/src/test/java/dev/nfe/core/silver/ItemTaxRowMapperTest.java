package dev.nfe.core.silver;

import static dev.nfe.core.silver.SilverFixtures.CHAVE;
import static dev.nfe.core.silver.SilverFixtures.det;
import static dev.nfe.core.silver.SilverFixtures.icms;
import static dev.nfe.core.silver.SilverFixtures.nfe;
import static dev.nfe.core.silver.SilverFixtures.record;
import static dev.nfe.core.silver.SilverFixtures.twoItemNfe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.model.Det;
import dev.nfe.core.model.GCred;
import dev.nfe.core.model.IPI;
import dev.nfe.core.model.Imposto;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.Prod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemTaxRowMapperTest {

    private static List<Map<String, Object>> taxRows(Nfe nfe) {
        CapturedRows rows = new CapturedRows();
        new ItemTaxRowMapper().emit(nfe, new RowContext(nfe.chave(), SilverFixtures.VERSION, "b-1", "s3://bronze/x.xml"), rows);
        return rows.rows("nfe_item_tax");
    }

    @Test
    void emit_twoItems_givesOneRowPerComponentInFixedOrder() {
        assertThat(taxRows(twoItemNfe()))
                .extracting(r -> r.get("n_item"), r -> r.get("tax"), r -> r.get("group_tag"), r -> r.get("v_trib"))
                .containsExactly(
                        tuple(1, "ICMS", "ICMS00", new BigDecimal("18.00")),
                        tuple(1, "FCP", "ICMS00", new BigDecimal("2.00")),
                        tuple(1, "PIS", "PISAliq", new BigDecimal("1.65")),
                        tuple(1, "COFINS", "COFINSAliq", new BigDecimal("7.60")),
                        tuple(1, "IBS_UF", "gIBSUF", new BigDecimal("0.10")),
                        tuple(1, "IBS_MUN", "gIBSMun", new BigDecimal("0.00")),
                        tuple(1, "IBS_TOT", "gIBSCBS", new BigDecimal("0.10")),
                        tuple(1, "CBS", "gCBS", new BigDecimal("0.90")),
                        tuple(2, "ICMS", "ICMS10", new BigDecimal("36.00")),
                        tuple(2, "FCP", "ICMS10", new BigDecimal("4.00")),
                        tuple(2, "ICMS_ST", "ICMS10", new BigDecimal("16.92")),
                        tuple(2, "FCP_ST", "ICMS10", new BigDecimal("1.88")),
                        tuple(2, "IPI", "IPITrib", new BigDecimal("10.00")),
                        tuple(2, "PIS", "PISAliq", new BigDecimal("3.30")),
                        tuple(2, "COFINS", "COFINSAliq", new BigDecimal("15.20")),
                        tuple(2, "IBS_UF", "gIBSUF", new BigDecimal("0.20")),
                        tuple(2, "IBS_MUN", "gIBSMun", new BigDecimal("0.00")),
                        tuple(2, "IBS_TOT", "gIBSCBS", new BigDecimal("0.20")),
                        tuple(2, "CBS", "gCBS", new BigDecimal("1.80")));
    }

    @Test
    void emit_icms10_givesExactRowsForTheOperationAndTheSt() {
        List<Map<String, Object>> rows = taxRows(twoItemNfe());

        assertThat(rows.get(8)).containsExactly(
                entry("chave", CHAVE.value()), entry("doc_hash", SilverFixtures.VERSION.docHash()), entry("n_item", 2), entry("tax", "ICMS"), entry("seq", 1),
                entry("batch_id", "b-1"), entry("source", "s3://bronze/x.xml"), entry("group_tag", "ICMS10"),
                entry("orig", "0"), entry("cst", "10"), entry("mod_bc", "3"), entry("v_bc", new BigDecimal("200.00")),
                entry("p_aliq", new BigDecimal("18.0000")), entry("v_trib", new BigDecimal("36.00")));
        assertThat(rows.get(10)).containsExactly(
                entry("chave", CHAVE.value()), entry("doc_hash", SilverFixtures.VERSION.docHash()), entry("n_item", 2), entry("tax", "ICMS_ST"), entry("seq", 1),
                entry("batch_id", "b-1"), entry("source", "s3://bronze/x.xml"), entry("group_tag", "ICMS10"),
                entry("mod_bc", "4"), entry("v_bc", new BigDecimal("294.00")),
                entry("p_mva_st", new BigDecimal("40.0000")), entry("p_aliq", new BigDecimal("18.0000")),
                entry("v_trib", new BigDecimal("16.92")));
    }

    @Test
    void emit_ibsCbs_carriesTheGroupCodesOnEveryRow() {
        assertThat(taxRows(twoItemNfe()).get(15)).containsExactly(
                entry("chave", CHAVE.value()), entry("doc_hash", SilverFixtures.VERSION.docHash()), entry("n_item", 2), entry("tax", "IBS_UF"), entry("seq", 1),
                entry("batch_id", "b-1"), entry("source", "s3://bronze/x.xml"), entry("group_tag", "gIBSUF"),
                entry("cst", "000"), entry("c_class_trib", "000001"), entry("v_bc", new BigDecimal("200.00")),
                entry("p_aliq", new BigDecimal("0.1000")), entry("v_trib", new BigDecimal("0.20")));
    }

    @Test
    void emit_fullyTaxedItem_sumOfAmountsPerTaxEqualsTheModel() {
        Nfe nfe = twoItemNfe();
        Imposto imposto = nfe.det().stream().filter(d -> d.nItem() == 2).findFirst().orElseThrow().imposto();

        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        taxRows(nfe).stream().filter(r -> r.get("n_item").equals(2)).forEach(r ->
                sums.merge((String) r.get("tax"), (BigDecimal) r.get("v_trib"), BigDecimal::add));

        assertThat(sums.get("ICMS")).isEqualByComparingTo(imposto.icms().orElseThrow().vICMS().orElseThrow());
        assertThat(sums.get("FCP")).isEqualByComparingTo(imposto.icms().orElseThrow().vFCP().orElseThrow());
        assertThat(sums.get("ICMS_ST")).isEqualByComparingTo(imposto.icms().orElseThrow().vICMSST().orElseThrow());
        assertThat(sums.get("FCP_ST")).isEqualByComparingTo(imposto.icms().orElseThrow().vFCPST().orElseThrow());
        assertThat(sums.get("IPI")).isEqualByComparingTo(imposto.ipi().orElseThrow().vIPI().orElseThrow());
        assertThat(sums.get("PIS")).isEqualByComparingTo(imposto.pis().orElseThrow().vPIS().orElseThrow());
        assertThat(sums.get("COFINS")).isEqualByComparingTo(imposto.cofins().orElseThrow().vCOFINS().orElseThrow());
        var gIBSCBS = imposto.ibscbs().orElseThrow().gIBSCBS().orElseThrow();
        assertThat(sums.get("IBS_UF")).isEqualByComparingTo(gIBSCBS.gIBSUF().vIBSUF());
        assertThat(sums.get("IBS_MUN")).isEqualByComparingTo(gIBSCBS.gIBSMun().vIBSMun());
        assertThat(sums.get("IBS_TOT")).isEqualByComparingTo(gIBSCBS.vIBS());
        assertThat(sums.get("CBS")).isEqualByComparingTo(gIBSCBS.gCBS().vCBS());
    }

    @Test
    void emit_everyGroupFullyPopulated_putsEveryDecimalOfTheItemInSomeColumn() {
        FullyPopulated full = new FullyPopulated();
        Det det = SilverFixtures.record(Det.class, "nItem", 1,
                "prod", SilverFixtures.prod("P1", "gCred", List.of(full.of(GCred.class), full.of(GCred.class))),
                "imposto", full.of(Imposto.class));
        Map<String, Object> expected = new LinkedHashMap<>();
        FullyPopulated.leaves("imposto", det.imposto(), expected);
        FullyPopulated.leaves("prod.gCred", det.prod().gCred(), expected);
        expected.values().removeIf(value -> !(value instanceof BigDecimal));
        expected.remove("imposto.vTotTrib"); // the item's total of taxes is nfe_item.imposto_v_tot_trib

        List<BigDecimal> written = new ArrayList<>();
        for (Map<String, Object> row : taxRows(nfe("det", List.of(det)))) {
            row.values().stream().filter(BigDecimal.class::isInstance).map(BigDecimal.class::cast).forEach(written::add);
        }
        Map<String, Object> missing = new LinkedHashMap<>(expected);
        missing.values().removeIf(value -> written.stream().anyMatch(w -> w.compareTo((BigDecimal) value) == 0));

        assertThat(expected).hasSizeGreaterThan(150);
        assertThat(missing).isEmpty();
    }

    @Test
    void emit_icms00_givesNoStOrReliefRows() {
        assertThat(taxRows(nfe("det", List.of(det(1))))).extracting(r -> r.get("tax")).containsExactly("ICMS");
    }

    @Test
    void emit_ipiNt_givesARowWithItsCodesAndNoAmount() {
        IPI ipint = record(IPI.class, "cEnq", "999", "group", "IPINT", "cst", "53");
        Det item = det(1, "imposto", record(Imposto.class, "ipi", ipint));

        assertThat(taxRows(nfe("det", List.of(item)))).singleElement().satisfies(row -> assertThat(row)
                .contains(entry("tax", "IPI"), entry("group_tag", "IPINT"), entry("cst", "53"), entry("c_enq", "999"))
                .doesNotContainKey("v_trib"));
    }

    @Test
    void emit_repeatedPresumedCredit_numbersTheRowsBySeq() {
        Prod prod = SilverFixtures.prod("P1", "gCred", List.of(
                record(GCred.class, "cCredPresumido", "SP000001", "pCredPresumido", "1.0000", "vCredPresumido", "0.50"),
                record(GCred.class, "cCredPresumido", "SP000002", "pCredPresumido", "2.0000", "vCredPresumido", "1.00")));
        Det item = det(1, "prod", prod, "imposto", record(Imposto.class, "icms", icms("ICMS40", "orig", "0", "cst", "40")));

        assertThat(taxRows(nfe("det", List.of(item))))
                .extracting(r -> r.get("tax"), r -> r.get("seq"), r -> r.get("c_cred_pres"), r -> r.get("v_trib"))
                .containsExactly(
                        tuple("ICMS", 1, null, null),
                        tuple("ICMS_CRED_PRES", 1, "SP000001", new BigDecimal("0.50")),
                        tuple("ICMS_CRED_PRES", 2, "SP000002", new BigDecimal("1.00")));
    }

    @Test
    void emit_itemWithoutTaxGroups_givesNoRows() {
        Det item = det(1, "imposto", record(Imposto.class));

        assertThat(taxRows(nfe("det", List.of(item)))).isEmpty();
    }
}
