package dev.nfe.core.silver;

import static dev.nfe.core.silver.SilverFixtures.CHAVE;
import static dev.nfe.core.silver.SilverFixtures.CHAVE_NFCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.nfe.core.model.AccessKey;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.UnmappedElement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SilverRowsTest {

    /** Layout groups SCHEMA.md lists as not mapped yet. */
    private static final List<String> NOT_MAPPED = List.of(
            "nfe.infAdic.obsCont", "nfe.infAdic.obsFisco", "nfe.infAdic.procRef", "nfe.cana.forDia",
            "nfe.cana.deduc", "nfe.agropecuario.defensivo", ".prod.comb.origComb");

    private static CapturedRows emit(FiscalDocument document) {
        CapturedRows rows = new CapturedRows();
        SilverRows.emit(document, SilverFixtures.VERSION, "b-1", "bronze/x.xml", rows);
        return rows;
    }

    @Test
    void emit_nfe_givesItsTablesInTheFixedOrder() {
        assertThat(emit(SilverFixtures.twoItemNfe()).tableNames()).containsExactly(
                "nfe", "nfe_item", "nfe_item", "nfe_item_tax", "nfe_item_tax", "nfe_item_tax", "nfe_item_tax",
                "nfe_item_tax", "nfe_item_tax", "nfe_item_tax", "nfe_item_tax", "nfe_item_tax", "nfe_item_tax",
                "nfe_item_tax", "nfe_item_tax", "nfe_item_tax", "nfe_item_tax", "nfe_item_tax", "nfe_item_tax",
                "nfe_item_tax", "nfe_item_tax", "nfe_item_tax", "nfe_payment", "nfe_payment", "nfe_transport");
    }

    @Test
    void emit_sameDocumentTwice_givesEqualRows() {
        assertThat(emit(SilverFixtures.twoItemNfe()).all()).isEqualTo(emit(SilverFixtures.twoItemNfe()).all());
    }

    @Test
    void emit_everyRow_carriesTheKeyAndLineage() {
        assertThat(emit(SilverFixtures.twoItemNfe()).all()).allSatisfy(received -> assertThat(
                CapturedRows.asMap(received.table(), received.row()))
                .contains(entry("chave", CHAVE.value()), entry("batch_id", "b-1"), entry("source", "bronze/x.xml")));
    }

    @Test
    void emit_fullyPopulatedNfe_putsEveryLayoutValueInSomeColumn() {
        Nfe nfe = new FullyPopulated().of(Nfe.class);
        Map<String, Object> leaves = new LinkedHashMap<>();
        FullyPopulated.leaves("nfe", nfe, leaves);
        leaves.keySet().removeIf(path -> NOT_MAPPED.stream().anyMatch(path::contains));
        // not a layout value: the item's variant reaches nfe.ibs_cbs_layout_variant through IbsCbsLayoutVariant.of
        leaves.keySet().removeIf(path -> path.endsWith(".ibscbs.layoutVariant"));

        List<Object> written = new ArrayList<>();
        emit(nfe).all().forEach(r -> CapturedRows.asMap(r.table(), r.row()).values().forEach(written::add));
        Map<String, Object> missing = new LinkedHashMap<>(leaves);
        missing.values().removeIf(value -> written.stream().anyMatch(w -> holds(w, value)));

        assertThat(leaves).hasSizeGreaterThan(900);
        assertThat(missing).isEmpty();
    }

    @Test
    void emit_nfceWithCardPayment_givesThePaymentAndTheQrCode() {
        CapturedRows rows = emit(SilverFixtures.nfce());

        assertThat(rows.single("nfe_payment")).containsExactly(
                entry("chave", CHAVE_NFCE.value()), entry("doc_hash", SilverFixtures.VERSION.docHash()), entry("seq", 1), entry("batch_id", "b-1"),
                entry("source", "bronze/x.xml"), entry("det_pag_ind_pag", "0"), entry("det_pag_t_pag", "03"),
                entry("det_pag_v_pag", new BigDecimal("50.00")), entry("card_tp_integra", "1"),
                entry("card_cnpj", "11222333000181"), entry("card_t_band", "01"), entry("card_c_aut", "A1B2C3"));
        assertThat(rows.single("nfe")).contains(
                entry("ide_mod", 65), entry("ide_n_nf", 77L), entry("pag_v_troco", new BigDecimal("0.00")),
                entry("inf_nfe_supl_qr_code", "https://nfce.fazenda.sp.gov.br/qrcode?p=1|2|3"),
                entry("prot_nfe_c_stat", "100"), entry("prot_nfe_ch_nfe", CHAVE_NFCE.value()));
    }

    @Test
    void emit_summary_givesItsOneRow() {
        assertThat(emit(SilverFixtures.nfeSummary()).single("nfe_summary")).containsExactly(
                entry("chave", CHAVE.value()), entry("doc_hash", SilverFixtures.VERSION.docHash()), entry("batch_id", "b-1"), entry("source", "bronze/x.xml"),
                entry("res_nfe_versao", "1.01"), entry("res_nfe_cnpj", "12345678000195"),
                entry("res_nfe_x_nome", "EMITENTE LTDA"), entry("res_nfe_ie", "123456789012"),
                entry("res_nfe_dh_emi", Instant.parse("2024-01-15T13:15:30Z")), entry("res_nfe_dh_emi_tzd", "-03:00"),
                entry("res_nfe_tp_nf", "1"), entry("res_nfe_v_nf", new BigDecimal("100.00")),
                entry("res_nfe_dig_val", "abc="), entry("res_nfe_dh_recbto", Instant.parse("2024-01-15T13:16:02Z")),
                entry("res_nfe_dh_recbto_tzd", "-03:00"), entry("res_nfe_n_prot", "135240000012345"),
                entry("res_nfe_c_sit_nfe", "1"));
    }

    @Test
    void emit_eventSummary_givesItsOneRow() {
        assertThat(emit(SilverFixtures.eventSummary()).single("nfe_event_summary")).containsExactly(
                entry("chave", CHAVE.value()), entry("doc_hash", SilverFixtures.VERSION.docHash()), entry("tp_evento", "110111"), entry("n_seq_evento", 1),
                entry("batch_id", "b-1"), entry("source", "bronze/x.xml"), entry("res_evento_versao", "1.01"),
                entry("res_evento_c_orgao", "35"), entry("res_evento_cnpj", "12345678000195"),
                entry("res_evento_dh_evento", Instant.parse("2024-01-16T12:00:00Z")),
                entry("res_evento_dh_evento_tzd", "-03:00"), entry("res_evento_x_evento", "Cancelamento"),
                entry("res_evento_dh_recbto", Instant.parse("2024-01-16T12:00:05Z")),
                entry("res_evento_dh_recbto_tzd", "-03:00"), entry("res_evento_n_prot", "135240000099999"));
    }

    @Test
    void emit_documentWithUnmappedElements_givesOneRowEachAfterItsOtherTables() {
        String infPaa = "<infPAA xmlns=\"http://www.portalfiscal.inf.br/nfe\"><CNPJPAA>1</CNPJPAA></infPAA>";
        String novo = "<novo xmlns=\"http://www.portalfiscal.inf.br/nfe\">x</novo>";
        FiscalDocument document = SilverFixtures.eventSummary().withUnmapped(List.of(
                new UnmappedElement("/resEvento/novo", novo), new UnmappedElement("/resEvento/infPAA", infPaa)));

        CapturedRows rows = emit(document);

        assertThat(rows.tableNames()).containsExactly("nfe_event_summary", "nfe_unmapped", "nfe_unmapped");
        assertThat(rows.rows("nfe_unmapped")).containsExactly(
                Map.of("chave", CHAVE.value(), "doc_hash", SilverFixtures.VERSION.docHash(), "doc_id", "resEvento11011101",
                        "seq", 1,
                        "batch_id", "b-1", "source", "bronze/x.xml", "path", "/resEvento/novo", "xml", novo),
                Map.of("chave", CHAVE.value(), "doc_hash", SilverFixtures.VERSION.docHash(), "doc_id", "resEvento11011101",
                        "seq", 2,
                        "batch_id", "b-1", "source", "bronze/x.xml", "path", "/resEvento/infPAA", "xml", infPaa));
    }

    /** Whether the written value {@code written} carries the model value {@code value}. */
    private static boolean holds(Object written, Object value) {
        if (value instanceof BigDecimal decimal) {
            return written instanceof BigDecimal w && w.compareTo(decimal) == 0
                    || written instanceof String json && json.contains("\"" + decimal.toPlainString() + "\"");
        }
        if (value instanceof String text) {
            return written.equals(text)
                    || written instanceof String json && json.startsWith("[") && json.contains("\"" + text + "\"")
                    || written instanceof Long counter && counter.toString().equals(text);
        }
        if (value instanceof AccessKey chave) {
            return written.equals(chave.value());
        }
        if (value instanceof OffsetDateTime dateTime) {
            return written.equals(dateTime.toInstant());
        }
        if (value instanceof LocalTime time) {
            return written.equals(DateTimeFormatter.ISO_LOCAL_TIME.format(time));
        }
        return written.equals(value);
    }
}
