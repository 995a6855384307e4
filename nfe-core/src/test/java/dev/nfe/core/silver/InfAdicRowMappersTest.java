package dev.nfe.core.silver;

import static dev.nfe.core.silver.SilverFixtures.CHAVE;
import static dev.nfe.core.silver.SilverFixtures.nfe;
import static dev.nfe.core.silver.SilverFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.model.Agropecuario;
import dev.nfe.core.model.Cana;
import dev.nfe.core.model.Deduc;
import dev.nfe.core.model.Defensivo;
import dev.nfe.core.model.InfPAA;
import dev.nfe.core.model.ForDia;
import dev.nfe.core.model.InfAdic;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.Obs;
import dev.nfe.core.model.ProcRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InfAdicRowMappersTest {

    private static CapturedRows rows(Nfe nfe) {
        CapturedRows rows = new CapturedRows();
        SilverRows.NFE_MAPPERS.forEach(mapper -> mapper.emit(nfe, new RowContext(nfe.chave(), SilverFixtures.VERSION, "b-1", "bronze/n.xml"),
                rows));
        return rows;
    }

    @Test
    void emit_observationsAndProcesses_giveOneRowEachInDocumentOrder() {
        InfAdic infAdic = new InfAdic(Optional.empty(), Optional.empty(),
                List.of(new Obs("Pedido", "123"), new Obs("Vendedor", "Ana")), List.of(new Obs("Regime", "ST")),
                List.of(new ProcRef("0001234", "0", Optional.of("08"))));

        CapturedRows rows = rows(nfe("infAdic", Optional.of(infAdic)));

        assertThat(rows.rows("nfe_obs_cont")).extracting(r -> r.get("seq"), r -> r.get("obs_cont_x_campo"),
                r -> r.get("obs_cont_x_texto")).containsExactly(
                        tuple(1, "Pedido", "123"),
                        tuple(2, "Vendedor", "Ana"));
        assertThat(rows.single("nfe_obs_fisco")).contains(entry("chave", CHAVE.value()),
                entry("obs_fisco_x_campo", "Regime"), entry("obs_fisco_x_texto", "ST"));
        assertThat(rows.single("nfe_proc_ref")).contains(entry("proc_ref_n_proc", "0001234"),
                entry("proc_ref_ind_proc", "0"), entry("proc_ref_tp_ato", "08"));
    }

    @Test
    void emit_withoutInfAdic_givesNoObservationRows() {
        CapturedRows rows = rows(nfe());

        assertThat(rows.tableNames()).doesNotContain("nfe_obs_cont", "nfe_obs_fisco", "nfe_proc_ref",
                "nfe_cana_for_dia", "nfe_cana_deduc", "nfe_defensivo", "nfe_item_orig_comb");
    }

    @Test
    void emit_canaAndAgropecuario_giveOneRowPerSupplyDeductionAndPrescription() {
        Cana cana = record(Cana.class, "safra", "2024/2025", "ref", "01/2025",
                "forDia", List.of(new ForDia("1", new BigDecimal("10.5000000000"))), "qTotMes", BigDecimal.TEN,
                "qTotAnt", BigDecimal.ONE, "qTotGer", BigDecimal.TEN, "deduc",
                List.of(new Deduc("Taxa", new BigDecimal("1.50"))), "vFor", BigDecimal.TEN,
                "vTotDed", BigDecimal.ONE, "vLiqFor", BigDecimal.TEN);
        Agropecuario agropecuario = record(Agropecuario.class,
                "defensivo", List.of(new Defensivo("R-1", "12345678909")));

        CapturedRows rows = rows(nfe("cana", Optional.of(cana), "agropecuario", Optional.of(agropecuario)));

        assertThat(rows.single("nfe_cana_for_dia")).contains(entry("seq", 1), entry("for_dia_dia", "1"),
                entry("for_dia_qtde", new BigDecimal("10.5000000000")));
        assertThat(rows.single("nfe_cana_deduc")).contains(entry("deduc_x_ded", "Taxa"),
                entry("deduc_v_ded", new BigDecimal("1.50")));
        assertThat(rows.single("nfe_defensivo")).contains(entry("defensivo_n_receituario", "R-1"),
                entry("defensivo_cpf_resp_tec", "12345678909"));
    }

    @Test
    void emit_infPAA_fillsItsNfeColumns() {
        InfPAA paa = new InfPAA("21684155000164", "YQ==", "Yg==", "AQAB");

        CapturedRows rows = rows(nfe("infPAA", Optional.of(paa)));

        assertThat(rows.single("nfe")).contains(entry("inf_paa_cnpj_paa", "21684155000164"),
                entry("inf_paa_signature_value", "YQ=="), entry("inf_paa_modulus", "Yg=="),
                entry("inf_paa_exponent", "AQAB"));
    }
}
