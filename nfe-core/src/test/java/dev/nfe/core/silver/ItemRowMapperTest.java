package dev.nfe.core.silver;

import static dev.nfe.core.silver.SilverFixtures.CHAVE;
import static dev.nfe.core.silver.SilverFixtures.det;
import static dev.nfe.core.silver.SilverFixtures.nfe;
import static dev.nfe.core.silver.SilverFixtures.prod;
import static dev.nfe.core.silver.SilverFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.nfe.core.model.Arma;
import dev.nfe.core.model.Nfe;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemRowMapperTest {

    private static List<Map<String, Object>> itemRows(Nfe nfe) {
        CapturedRows rows = new CapturedRows();
        new ItemRowMapper().emit(nfe, new RowContext(nfe.chave(), SilverFixtures.VERSION, "b-1", "bronze/x.xml"), rows);
        return rows.rows("nfe_item");
    }

    @Test
    void emit_itemsOutOfOrder_comeByItemNumber() {
        assertThat(itemRows(SilverFixtures.twoItemNfe())).extracting(r -> r.get("n_item")).containsExactly(1, 2);
    }

    @Test
    void emit_item_givesItsExactRow() {
        assertThat(itemRows(SilverFixtures.twoItemNfe()).get(0)).containsExactly(
                entry("chave", CHAVE.value()), entry("doc_hash", SilverFixtures.VERSION.docHash()), entry("n_item", 1), entry("batch_id", "b-1"),
                entry("source", "bronze/x.xml"), entry("prod_c_prod", "P1"), entry("prod_c_ean", "SEM GTIN"),
                entry("prod_x_prod", "PRODUTO P1"), entry("prod_ncm", "61091000"), entry("prod_cfop", "5102"),
                entry("prod_u_com", "UN"), entry("prod_q_com", new BigDecimal("2.0000")),
                entry("prod_v_un_com", new BigDecimal("50.0000000000")), entry("prod_v_prod", new BigDecimal("100.00")),
                entry("prod_c_ean_trib", "SEM GTIN"), entry("prod_u_trib", "UN"),
                entry("prod_q_trib", new BigDecimal("2.0000")), entry("prod_v_un_trib", new BigDecimal("50.0000000000")),
                entry("prod_ind_tot", "1"), entry("imposto_v_tot_trib", new BigDecimal("30.35")));
    }

    @Test
    void emit_repeatedSimpleValues_areJsonArraysInDocumentOrder() {
        Nfe nfe = nfe("det", List.of(det(1, "prod", prod("P1", "nve", List.of("AA0001", "AB\"02"), "arma", List.of(
                record(Arma.class, "tpArma", "0", "nSerie", "S1", "nCano", "C1", "descr", "PISTOLA"),
                record(Arma.class, "tpArma", "1", "nSerie", "S2", "nCano", "C2", "descr", "REVOLVER"))))));

        assertThat(itemRows(nfe).get(0)).contains(
                entry("prod_nve", "[\"AA0001\",\"AB\\\"02\"]"),
                entry("prod_arma_n_serie", "[\"S1\",\"S2\"]"),
                entry("prod_arma_descr", "[\"PISTOLA\",\"REVOLVER\"]"));
    }

    @Test
    void emit_itemWithoutOptionalGroups_leavesThemNull() {
        assertThat(itemRows(nfe()).get(0)).doesNotContainKeys(
                "prod_nve", "prod_comb_c_prod_anp", "prod_med_c_prod_anvisa", "prod_veic_prod_chassi",
                "prod_arma_n_serie", "imposto_devol_ipi_v_ipi_devol", "det_inf_ad_prod", "det_v_item");
    }
}
