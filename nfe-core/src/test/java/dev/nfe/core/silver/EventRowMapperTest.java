package dev.nfe.core.silver;

import static dev.nfe.core.silver.SilverFixtures.CHAVE;
import static dev.nfe.core.silver.SilverFixtures.event;
import static dev.nfe.core.silver.SilverFixtures.retEvento;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.nfe.core.model.Event;
import dev.nfe.core.model.EventDetail;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventRowMapperTest {

    private static Map<String, Object> eventRow(Event event) {
        CapturedRows rows = new CapturedRows();
        new EventRowMapper().emit(event, new RowContext(event.chave(), SilverFixtures.VERSION, "b-1", "bronze/e.xml"), rows);
        return rows.single("nfe_event");
    }

    @Test
    void emit_cancellation_givesTheProtocolJustificationAndResult() {
        Event cancellation = event("110111", new EventDetail.Cancellation("135240000012345", "Erro de digitacao"),
                "descEvento", "Cancelamento", "detEventoXml", "<descEvento>Cancelamento</descEvento>",
                "retEvento", retEvento("110111"));

        assertThat(eventRow(cancellation)).containsExactly(
                entry("chave", CHAVE.value()), entry("doc_hash", SilverFixtures.VERSION.docHash()), entry("tp_evento", "110111"), entry("n_seq_evento", 1),
                entry("batch_id", "b-1"), entry("source", "bronze/e.xml"), entry("evento_versao", "1.00"),
                entry("inf_evento_id", "ID110111" + CHAVE.value() + "01"), entry("inf_evento_c_orgao", "35"),
                entry("inf_evento_tp_amb", "2"), entry("inf_evento_cnpj", "12345678000195"),
                entry("inf_evento_dh_evento", Instant.parse("2024-01-16T12:00:00Z")),
                entry("inf_evento_dh_evento_tzd", "-03:00"), entry("inf_evento_ver_evento", "1.00"),
                entry("det_evento_desc_evento", "Cancelamento"), entry("det_evento_n_prot", "135240000012345"),
                entry("det_evento_x_just", "Erro de digitacao"),
                entry("inf_evento_det_evento", "<descEvento>Cancelamento</descEvento>"),
                entry("ret_evento_versao", "1.00"), entry("ret_evento_tp_amb", "2"),
                entry("ret_evento_ver_aplic", "SP_EVENTOS_PL_100"), entry("ret_evento_c_orgao", "35"),
                entry("ret_evento_c_stat", "135"), entry("ret_evento_x_motivo", "Evento registrado e vinculado a NF-e"),
                entry("ret_evento_ch_nfe", CHAVE.value()), entry("ret_evento_tp_evento", "110111"),
                entry("ret_evento_n_seq_evento", 1),
                entry("ret_evento_dh_reg_evento", Instant.parse("2024-01-16T12:00:05Z")),
                entry("ret_evento_dh_reg_evento_tzd", "-03:00"), entry("ret_evento_n_prot", "135240000099999"));
    }

    @Test
    void emit_correctionLetter_givesTheCorrectionAndConditions() {
        Event cce = event("110110", new EventDetail.CorrectionLetter("Corrige o CFOP", Optional.of("A Carta de Correcao")),
                "nSeqEvento", 2);

        assertThat(eventRow(cce)).contains(entry("tp_evento", "110110"), entry("n_seq_evento", 2),
                        entry("det_evento_x_correcao", "Corrige o CFOP"),
                        entry("det_evento_x_cond_uso", "A Carta de Correcao"))
                .doesNotContainKeys("det_evento_n_prot", "det_evento_x_just", "ret_evento_c_stat");
    }

    @Test
    void emit_confirmation_hasNoJustification() {
        Event confirmation = event("210200", new EventDetail.Manifestation(Optional.empty()),
                "descEvento", "Confirmacao da Operacao");

        assertThat(eventRow(confirmation)).contains(entry("tp_evento", "210200"),
                        entry("det_evento_desc_evento", "Confirmacao da Operacao"))
                .doesNotContainKeys("det_evento_x_just", "det_evento_x_correcao");
    }

    @Test
    void emit_operationNotPerformed_givesItsJustification() {
        Event notPerformed = event("210240", new EventDetail.Manifestation(Optional.of("Mercadoria devolvida")));

        assertThat(eventRow(notPerformed)).contains(entry("tp_evento", "210240"),
                entry("det_evento_x_just", "Mercadoria devolvida"));
    }

    @Test
    void emit_otherEventType_keepsTheInnerXmlOfDetEvento() {
        String xml = "<descEvento>EPEC</descEvento><cOrgaoAutor>35</cOrgaoAutor><tpAutor>1</tpAutor>";
        Event epec = event("110140", new EventDetail.Other(), "descEvento", "EPEC", "detEventoXml", xml);

        assertThat(eventRow(epec)).contains(entry("tp_evento", "110140"), entry("inf_evento_det_evento", xml))
                .doesNotContainKeys("det_evento_n_prot", "det_evento_x_just", "det_evento_x_correcao");
    }

    @Test
    void emit_resultAlone_leavesTheEventFieldsNull() {
        Event alone = event("110111", new EventDetail.Other(), "cnpj", null, "dhEvento", null, "verEvento", null,
                "retEvento", retEvento("110111"));

        assertThat(eventRow(alone)).contains(entry("ret_evento_c_stat", "135"))
                .doesNotContainKeys("inf_evento_dh_evento", "inf_evento_dh_evento_tzd", "inf_evento_det_evento",
                        "inf_evento_cnpj");
    }
}
