package dev.nfe.core.silver;

import static dev.nfe.core.silver.SilverFixtures.CHAVE;
import static dev.nfe.core.silver.SilverFixtures.ide;
import static dev.nfe.core.silver.SilverFixtures.nfe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NfeRowMapperTest {

    private static Map<String, Object> nfeRow(Nfe nfe) {
        CapturedRows rows = new CapturedRows();
        new NfeRowMapper().emit(nfe, new RowContext(nfe.chave(), SilverFixtures.VERSION, "b-1", "bronze/x.xml"), rows);
        return rows.single("nfe");
    }

    @Test
    void emit_twoItemNfe_givesIdentificationPartiesTotalsAndProtocol() {
        assertThat(nfeRow(SilverFixtures.twoItemNfe())).contains(
                entry("chave", CHAVE.value()),
                entry("inf_nfe_versao", "4.00"),
                entry("ide_c_uf", "35"),
                entry("ide_mod", 55),
                entry("ide_serie", 1),
                entry("ide_n_nf", 1234L),
                entry("ide_fin_nfe", "1"),
                entry("emit_cnpj", "12345678000195"),
                entry("emit_x_mun", "SAO PAULO"),
                entry("emit_uf", "SP"),
                entry("icms_tot_v_bc", new BigDecimal("300.00")),
                entry("icms_tot_v_fcp", new BigDecimal("6.00")),
                entry("icms_tot_v_st", new BigDecimal("16.92")),
                entry("icms_tot_v_nf", new BigDecimal("328.80")),
                entry("transp_mod_frete", "9"),
                entry("prot_nfe_n_prot", "135240000012345"),
                entry("prot_nfe_c_stat", "100"),
                entry(NfeRowMapper.IBS_CBS_LAYOUT_VARIANT, "1.20"));
    }

    @Test
    void emit_layoutTimestamps_areUtcInstantsWithTheirOffset() {
        Map<String, Object> row = nfeRow(SilverFixtures.twoItemNfe());

        assertThat(row).contains(
                entry("ide_dh_emi", Instant.parse("2024-01-15T13:15:30Z")),
                entry("ide_dh_emi_tzd", "-03:00"),
                entry("prot_nfe_dh_recbto", Instant.parse("2024-01-15T13:16:02Z")),
                entry("prot_nfe_dh_recbto_tzd", "-03:00"));
    }

    @Test
    void emit_timestampInUtc_writesTheOffsetAsPlusZero() {
        Map<String, Object> row = nfeRow(nfe("ide", ide("dhEmi", "2024-01-15T10:15:30Z")));

        assertThat(row).contains(
                entry("ide_dh_emi", Instant.parse("2024-01-15T10:15:30Z")), entry("ide_dh_emi_tzd", "+00:00"));
    }

    @Test
    void emit_layout200Dates_goToTheirOwnColumns() {
        Map<String, Object> row = nfeRow(nfe("versao", "2.00", "ide", ide("dhEmi", null, "dEmi", "2010-05-03",
                "dSaiEnt", "2010-05-04", "hSaiEnt", "08:30:00")));

        assertThat(row).contains(entry("ide_d_emi", java.time.LocalDate.parse("2010-05-03")),
                        entry("ide_h_sai_ent", "08:30:00"))
                .doesNotContainKeys("ide_dh_emi", "ide_dh_emi_tzd");
    }

    @Test
    void emit_minimalNfe_leavesAbsentGroupsNull() {
        CapturedRows rows = new CapturedRows();
        Nfe minimal = nfe();
        new NfeRowMapper().emit(minimal, new RowContext(minimal.chave(), SilverFixtures.VERSION, "b-1", "s"), rows);
        Row row = rows.all().get(0).row();

        assertThat(row.size()).isEqualTo(NfeRowMapper.SPEC.table().columns().size());
        assertThat(CapturedRows.asMap(rows.all().get(0).table(), row)).doesNotContainKeys(
                "dest_cnpj", "dest_x_mun", "retirada_x_lgr", "aut_xml_cnpj", "issqn_tot_v_serv",
                "ibs_cbs_tot_v_bc_ibs_cbs", "cobr_fat_v_liq", "pag_v_troco", "inf_adic_inf_cpl",
                "inf_nfe_supl_qr_code", "prot_nfe_c_stat", "prot_nfe_dh_recbto_tzd");
    }
}
