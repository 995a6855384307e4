package dev.nfe.examples.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.generate.EventType;
import dev.nfe.core.generate.GeneratedDocument;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.redshift.testkit.NfeWarehouse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The example rules' current-version rule, on versions of one generated chave delivered in separate batches through
 * the test kit (the real deserializer, silver writer and {@code jdbc} loader, on embedded PostgreSQL): an nfeProc
 * beats a bare NFe, the latest {@code dhRecbto} wins among nfeProcs, and a registered cancellation applies in any
 * arrival order.
 */
class CurrentVersionRuleTest {
    private static final NfeGenerator GENERATOR = NfeGenerator.seeded(11).withItemsPerDocument(2, 4);
    private static final DateTimeFormatter DH = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    @RegisterExtension
    static NfeWarehouse warehouse = NfeWarehouse.embedded()
            .withSetup("sql/schema.sql")
            .withRules("sql/nfe_event_registered.sql", "sql/sales_by_item.sql", "sql/sales_by_cfop.sql",
                    "sql/sales_by_uf.sql");

    /** The current rows of {@code chave}: one per item, with the version each comes from. */
    private static List<Map<String, Object>> versions(String chave) {
        return warehouse.query("SELECT n_item, doc_kind, prot_nfe_dh_recbto, cancelled FROM sales_by_item"
                + " WHERE chave = ? ORDER BY n_item", chave);
    }

    private static List<Map<String, Object>> expected(GeneratedDocument document, String docKind,
            OffsetDateTime dhRecbto, boolean cancelled) {
        return document.items().stream().map(item -> {
            Map<String, Object> row = new HashMap<>();
            row.put("n_item", item.nItem());
            row.put("doc_kind", docKind);
            row.put("prot_nfe_dh_recbto", dhRecbto == null ? null : dhRecbto.toInstant());
            row.put("cancelled", cancelled);
            return row;
        }).toList();
    }

    private static OffsetDateTime dhRecbto(GeneratedDocument document) {
        return OffsetDateTime.parse(document.dhRecbto(), DH);
    }

    /** {@code document}'s nfeProc with its protocol received {@code seconds} later (another nfeProc version). */
    private static byte[] laterProtocol(GeneratedDocument document, long seconds) {
        String later = dhRecbto(document).plusSeconds(seconds).format(DH);
        String xml = new String(document.xml(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<dhRecbto>" + document.dhRecbto() + "</dhRecbto>");
        return xml.replace("<dhRecbto>" + document.dhRecbto() + "</dhRecbto>", "<dhRecbto>" + later + "</dhRecbto>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static long totalDocuments() {
        return warehouse.table("sales_by_uf").rows().stream().mapToLong(row -> (Long) row.get("documents")).sum();
    }

    private static BigDecimal totalVProd() {
        return warehouse.table("sales_by_cfop").rows().stream().map(row -> (BigDecimal) row.get("v_prod"))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void load_bareNfeThenNfeProc_rowsTakeTheProtocol() {
        GeneratedDocument document = GENERATOR.generate(0);
        warehouse.loadXml(document.bareNfeXml());
        assertThat(versions(document.chave())).isEqualTo(expected(document, "nfe_unsigned", null, false));

        warehouse.loadXml(document.xml());

        assertThat(versions(document.chave())).isEqualTo(expected(document, "nfe_proc", dhRecbto(document), false));
        assertThat(totalDocuments()).isEqualTo(1);
        assertThat(totalVProd()).isEqualByComparingTo(document.itemVProdSum());
    }

    @Test
    void load_nfeProcThenBareNfe_protocolStays() {
        GeneratedDocument document = GENERATOR.generate(1);
        warehouse.loadXml(document.xml());

        warehouse.loadXml(document.bareNfeXml());

        assertThat(versions(document.chave())).isEqualTo(expected(document, "nfe_proc", dhRecbto(document), false));
    }

    @Test
    void load_bareNfeAndNfeProcInOneBatch_nfeProcWinsInEitherOrder() {
        GeneratedDocument first = GENERATOR.generate(2);
        GeneratedDocument second = GENERATOR.generate(3);

        warehouse.loadXml(first.bareNfeXml(), first.xml(), second.xml(), second.bareNfeXml());

        assertThat(versions(first.chave())).isEqualTo(expected(first, "nfe_proc", dhRecbto(first), false));
        assertThat(versions(second.chave())).isEqualTo(expected(second, "nfe_proc", dhRecbto(second), false));
        assertThat(totalDocuments()).isEqualTo(2);
        assertThat(totalVProd()).isEqualByComparingTo(first.itemVProdSum().add(second.itemVProdSum()));
    }

    @Test
    void load_sameFileTwice_oneCopy() {
        GeneratedDocument document = GENERATOR.generate(4);
        warehouse.loadXml(document.xml());

        warehouse.loadXml(document.xml());

        assertThat(versions(document.chave())).isEqualTo(expected(document, "nfe_proc", dhRecbto(document), false));
        assertThat(totalDocuments()).isEqualTo(1);
        assertThat(totalVProd()).isEqualByComparingTo(document.itemVProdSum());
    }

    @Test
    void load_cancellationBeforeItsNfe_cancelsItWhenTheNfeArrives() {
        GeneratedDocument document = GENERATOR.generate(5);
        warehouse.loadXml(GENERATOR.generateEvent(document, EventType.CANCELLATION).xml());
        assertThat(versions(document.chave())).isEmpty();

        warehouse.loadXml(document.xml());

        assertThat(versions(document.chave())).isEqualTo(expected(document, "nfe_proc", dhRecbto(document), true));
        assertThat(totalDocuments()).isZero();
        assertThat(totalVProd()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void load_cancellationBeforeBareNfeThenNfeProc_staysCancelled() {
        GeneratedDocument document = GENERATOR.generate(6);
        warehouse.loadXml(GENERATOR.generateEvent(document, EventType.CANCELLATION).xml());
        warehouse.loadXml(document.bareNfeXml());

        warehouse.loadXml(document.xml());

        assertThat(versions(document.chave())).isEqualTo(expected(document, "nfe_proc", dhRecbto(document), true));
    }

    @Test
    void load_rejectedCancellationBeforeItsNfe_cancelsNothing() {
        GeneratedDocument document = GENERATOR.generate(7);
        String event = new String(GENERATOR.generateEvent(document, EventType.CANCELLATION).xml(), StandardCharsets.UTF_8);
        String rejected = event.replace("<cStat>135</cStat>", "<cStat>501</cStat>");
        assertThat(rejected).contains("<cStat>501</cStat>");
        warehouse.loadXml(rejected.getBytes(StandardCharsets.UTF_8));

        warehouse.loadXml(document.xml());

        assertThat(versions(document.chave())).isEqualTo(expected(document, "nfe_proc", dhRecbto(document), false));
        assertThat(warehouse.table("nfe_event_registered").rows()).isEmpty();
    }

    @Test
    void load_twoNfeProcsEarlierFirst_latestReceiptWins() {
        GeneratedDocument document = GENERATOR.generate(8);
        warehouse.loadXml(document.xml());

        warehouse.loadXml(laterProtocol(document, 60));

        assertThat(versions(document.chave()))
                .isEqualTo(expected(document, "nfe_proc", dhRecbto(document).plusSeconds(60), false));
    }

    @Test
    void load_twoNfeProcsLatestFirst_latestReceiptStays() {
        GeneratedDocument document = GENERATOR.generate(9);
        warehouse.loadXml(laterProtocol(document, 60));

        warehouse.loadXml(document.xml());

        assertThat(versions(document.chave()))
                .isEqualTo(expected(document, "nfe_proc", dhRecbto(document).plusSeconds(60), false));
    }

    @Test
    void load_twoBareNfesInEitherOrder_greaterDocHashWins() {
        GeneratedDocument one = GENERATOR.generate(10);
        GeneratedDocument other = GENERATOR.generate(11);
        warehouse.loadXml(one.bareNfeXml());
        warehouse.loadXml(reformatted(one.bareNfeXml()));
        warehouse.loadXml(reformatted(other.bareNfeXml()));

        warehouse.loadXml(other.bareNfeXml());

        for (GeneratedDocument document : List.of(one, other)) {
            String greater = List.of(sha256(document.bareNfeXml()), sha256(reformatted(document.bareNfeXml()))).stream()
                    .max(String::compareTo).orElseThrow();
            assertThat(warehouse.query("SELECT DISTINCT doc_hash FROM sales_by_item WHERE chave = ?", document.chave()))
                    .containsExactly(Map.of("doc_hash", greater));
        }
        assertThat(totalDocuments()).isEqualTo(2);
    }

    /** The same bare NFe with a line break after its XML declaration: another file, another doc_hash. */
    private static byte[] reformatted(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8).replaceFirst("\\?>", "?>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
