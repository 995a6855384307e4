package dev.nfe.examples.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.generate.EventType;
import dev.nfe.core.generate.GeneratedDocument;
import dev.nfe.core.generate.GeneratedItem;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.redshift.testkit.NfeWarehouse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The example sales rules, run on generated NF-e documents through the test kit. */
class SalesRulesTest {
    private static final NfeGenerator GENERATOR = NfeGenerator.seeded(7).withItemsPerDocument(1, 6);

    @RegisterExtension
    static NfeWarehouse warehouse = NfeWarehouse.embedded()
            .withSetup("sql/schema.sql")
            .withRules("sql/nfe_event_registered.sql", "sql/sales_by_item.sql", "sql/sales_by_cfop.sql", "sql/sales_by_uf.sql");

    private static List<GeneratedDocument> documents(int count) {
        return IntStream.range(0, count).mapToObj(GENERATOR::generate).toList();
    }

    private static byte[][] xml(List<GeneratedDocument> documents) {
        return documents.stream().map(GeneratedDocument::xml).toArray(byte[][]::new);
    }

    /** Expected v_prod per CFOP of {@code documents}' items. */
    private static Map<String, BigDecimal> vProdByCfop(List<GeneratedDocument> documents) {
        return documents.stream().flatMap(d -> d.items().stream())
                .collect(Collectors.groupingBy(GeneratedItem::cfop, TreeMap::new,
                        Collectors.reducing(BigDecimal.ZERO.setScale(2), GeneratedItem::vProd, BigDecimal::add)));
    }

    private static Map<String, BigDecimal> loadedVProdByCfop() {
        Map<String, BigDecimal> byCfop = new TreeMap<>();
        warehouse.table("sales_by_cfop").rows()
                .forEach(row -> byCfop.put((String) row.get("prod_cfop"), (BigDecimal) row.get("v_prod")));
        return byCfop;
    }

    @Test
    void salesByItem_oneRowPerGeneratedItemWithItsAmount() {
        List<GeneratedDocument> documents = documents(5);

        warehouse.loadXml(xml(documents));

        List<Map<String, Object>> rows = warehouse.table("sales_by_item").rows();
        assertThat(rows).hasSize(documents.stream().mapToInt(GeneratedDocument::itemCount).sum());
        for (GeneratedDocument document : documents) {
            for (GeneratedItem item : document.items()) {
                assertThat(warehouse.query("SELECT prod_v_prod, prod_cfop, cancelled FROM sales_by_item"
                        + " WHERE chave = ? AND n_item = ?", document.chave(), item.nItem()))
                        .containsExactly(Map.of("prod_v_prod", item.vProd(), "prod_cfop", item.cfop(), "cancelled", false));
            }
        }
    }

    @Test
    void salesByCfop_sumsItemsPerCfop() {
        List<GeneratedDocument> documents = documents(8);

        warehouse.loadXml(xml(documents));

        assertThat(loadedVProdByCfop()).isEqualTo(vProdByCfop(documents));
    }

    @Test
    void salesByUf_countsDocumentsPerEmitterUf() {
        List<GeneratedDocument> documents = documents(8);

        warehouse.loadXml(xml(documents));

        long documentsInUfTable = warehouse.table("sales_by_uf").rows().stream()
                .mapToLong(row -> (Long) row.get("documents")).sum();
        assertThat(documentsInUfTable).isEqualTo(documents.size());
    }

    @Test
    void cancellationInLaterBatch_excludesTheInvoiceFromTotals() {
        List<GeneratedDocument> documents = documents(6);
        warehouse.loadXml(xml(documents));
        GeneratedDocument cancelled = documents.get(2);

        warehouse.loadXml(GENERATOR.generateEvent(cancelled, EventType.CANCELLATION).xml());

        assertThat(warehouse.query("SELECT DISTINCT cancelled FROM sales_by_item WHERE chave = ?", cancelled.chave()))
                .containsExactly(Map.of("cancelled", true));
        List<GeneratedDocument> remaining = documents.stream().filter(d -> d != cancelled).toList();
        Map<String, BigDecimal> expected = new TreeMap<>(vProdByCfop(documents));
        expected.replaceAll((cfop, total) -> vProdByCfop(remaining).getOrDefault(cfop, BigDecimal.ZERO.setScale(2)));
        assertThat(loadedVProdByCfop()).isEqualTo(expected);
    }

    @Test
    void rejectedOrUnansweredCancellation_cancelsNothing() {
        List<GeneratedDocument> documents = documents(2);
        warehouse.loadXml(xml(documents));
        String authorized = new String(GENERATOR.generateEvent(documents.get(0), EventType.CANCELLATION).xml(),
                StandardCharsets.UTF_8);
        String rejected = authorized.replace("<cStat>135</cStat>", "<cStat>501</cStat>");
        String request = new String(GENERATOR.generateEvent(documents.get(1), EventType.CANCELLATION).xml(),
                StandardCharsets.UTF_8).replaceAll("(?s)<retEvento.*</retEvento>", "");

        warehouse.loadXml(rejected.getBytes(StandardCharsets.UTF_8), request.getBytes(StandardCharsets.UTF_8));

        assertThat(rejected).contains("<cStat>501</cStat>");
        assertThat(warehouse.query("SELECT count(*) AS n FROM sales_by_item WHERE cancelled"))
                .containsExactly(Map.of("n", 0L));
    }

    @Test
    void cancellationInSameBatch_isExcludedFromTheStart() {
        List<GeneratedDocument> documents = documents(3);
        byte[] cancellation = GENERATOR.generateEvent(documents.get(0), EventType.CANCELLATION).xml();

        warehouse.loadXml(documents.get(0).xml(), documents.get(1).xml(), documents.get(2).xml(), cancellation);

        assertThat(warehouse.query("SELECT count(*) AS n FROM sales_by_item WHERE cancelled"))
                .containsExactly(Map.of("n", (long) documents.get(0).itemCount()));
        assertThat(loadedVProdByCfop().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(vProdByCfop(documents.subList(1, 3)).values().stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void correctionLetter_changesNoAmount() {
        List<GeneratedDocument> documents = documents(4);
        warehouse.loadXml(xml(documents));
        List<Map<String, Object>> before = warehouse.query(
                "SELECT chave, n_item, prod_v_prod, cancelled FROM sales_by_item ORDER BY chave, n_item");
        Map<String, BigDecimal> cfopBefore = loadedVProdByCfop();

        warehouse.loadXml(GENERATOR.generateEvent(documents.get(1), EventType.CORRECTION_LETTER).xml());

        assertThat(warehouse.query("SELECT chave, n_item, prod_v_prod, cancelled FROM sales_by_item ORDER BY chave, n_item"))
                .isEqualTo(before);
        assertThat(loadedVProdByCfop()).isEqualTo(cfopBefore);
    }

    @Test
    void aggregates_afterACancellation_countTheUncancelledDocumentsAndItemsOfEachCfopAndUf() {
        List<GeneratedDocument> documents = documents(12);
        warehouse.loadXml(xml(documents));
        warehouse.loadXml(GENERATOR.generateEvent(documents.get(4), EventType.CANCELLATION).xml());
        List<Map<String, Object>> items = warehouse.table("sales_by_item").rows();
        Map<String, Map<String, Object>> expectedByCfop = new TreeMap<>();
        Map<String, Map<String, Object>> expectedByUf = new TreeMap<>();
        for (String cfop : items.stream().map(row -> (String) row.get("prod_cfop")).distinct().toList()) {
            List<Map<String, Object>> sold = items.stream()
                    .filter(row -> row.get("prod_cfop").equals(cfop) && !(Boolean) row.get("cancelled")).toList();
            expectedByCfop.put(cfop, Map.of("documents", sold.stream().map(row -> row.get("chave")).distinct().count(),
                    "items", (long) sold.size(), "v_prod", sum(sold, "prod_v_prod"), "v_desc", sum(sold, "prod_v_desc")));
        }
        for (String uf : items.stream().map(row -> (String) row.get("emit_uf")).distinct().toList()) {
            List<Map<String, Object>> sold = items.stream()
                    .filter(row -> row.get("emit_uf").equals(uf) && !(Boolean) row.get("cancelled")).toList();
            expectedByUf.put(uf, Map.of("documents", sold.stream().map(row -> row.get("chave")).distinct().count(),
                    "v_prod", sum(sold, "prod_v_prod")));
        }

        Map<String, Map<String, Object>> byCfop = new TreeMap<>();
        warehouse.table("sales_by_cfop").rows().forEach(row -> byCfop.put((String) row.get("prod_cfop"),
                Map.of("documents", row.get("documents"), "items", row.get("items"), "v_prod", row.get("v_prod"),
                        "v_desc", row.get("v_desc"))));
        Map<String, Map<String, Object>> byUf = new TreeMap<>();
        warehouse.table("sales_by_uf").rows().forEach(row -> byUf.put((String) row.get("emit_uf"),
                Map.of("documents", row.get("documents"), "v_prod", row.get("v_prod"))));
        assertThat(byCfop).isEqualTo(expectedByCfop);
        assertThat(byUf).isEqualTo(expectedByUf);
        assertThat(items.stream().filter(row -> (Boolean) row.get("cancelled")).count())
                .isEqualTo(documents.get(4).itemCount());
    }

    /** The sum of {@code column} over {@code rows}, NULL as zero, at scale 2. */
    private static BigDecimal sum(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(row -> (BigDecimal) row.get(column)).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
