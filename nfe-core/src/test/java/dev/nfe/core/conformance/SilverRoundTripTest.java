package dev.nfe.core.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.generate.GeneratedDocument;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.silver.DocumentVersion;
import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.silver.SilverRows;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated NF-e XML → nfe-xml → silver rows → Parquet on local storage → rows read back: the rows read back equal the
 * rows mapped, table by table and in order, and they carry the generator's values and reconciled totals.
 */
class SilverRoundTripTest {
    private static final int DOCUMENTS = 1_000;
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final PluginContext CONTEXT =
            new PluginContext("round-trip", Clock.fixed(NOW, ZoneOffset.UTC), name -> Optional.empty());

    @TempDir
    static Path lake;

    private static final List<GeneratedDocument> generated = new ArrayList<>();
    private static final Map<String, List<Row>> mapped = new LinkedHashMap<>();
    private static final List<ParseOutcome> outcomes = new ArrayList<>();
    private static ManifestLayerReader reader;
    private static Batch batch;

    @BeforeAll
    static void writeSilver() {
        Deserializer deserializer = PluginRegistry.load(DeserializerFactory.class)
                .factory("transform.deserializer.type", "nfe-xml")
                .create(ConfigSection.empty("transform.deserializer"), CONTEXT);
        LayerWriter writer = PluginRegistry.load(LayerWriterFactory.class)
                .factory("transform.writer.type", "parquet")
                .create(new ConfigSection("transform.writer", Map.of("maxRowsPerFile", 5_000)), CONTEXT);
        LocalStorage storage = new LocalStorage(lake);
        NfeGenerator generator = NfeGenerator.seeded(20260302L);
        SilverTables.all().forEach(table -> mapped.put(table.name(), new ArrayList<>()));

        BatchTarget target = new BatchTarget("silver", "b-0001", LocalDate.of(2026, 3, 2), SilverTables.all());
        try (BatchWriter batchWriter = writer.open(storage, target)) {
            for (int i = 0; i < DOCUMENTS; i++) {
                GeneratedDocument document = generator.generate(i);
                generated.add(document);
                deserializer.deserialize(document.toRawDocument("generated/" + i, NOW), outcome -> {
                    outcomes.add(outcome);
                    if (outcome instanceof ParseOutcome.Parsed parsed) {
                        SilverRows.emit(parsed.document(), new DocumentVersion("ab".repeat(32), false), target.batchId(), parsed.source(), (table, row) -> {
                            mapped.get(table.name()).add(row);
                            batchWriter.write(table, row);
                        });
                    }
                });
            }
            batch = batchWriter.commit();
        }
        reader = new ManifestLayerReader(storage, "silver");
    }

    @Test
    void deserialize_generatedDocuments_areAllKeptWithoutFindings() {
        assertThat(outcomes).hasSize(DOCUMENTS).allSatisfy(outcome -> {
            assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
            assertThat(outcome.findings()).isEmpty();
        });
    }

    @Test
    void read_committedBatch_returnsExactlyTheRowsWritten() {
        assertThat(reader.batches()).containsExactly(batch);
        for (Table table : SilverTables.all()) {
            List<Row> readBack;
            try (Stream<Row> rows = reader.rows(batch, table)) {
                readBack = rows.toList();
            }
            assertThat(readBack).as(table.name()).containsExactlyElementsOf(mapped.get(table.name()));
            assertThat(batch.rows(table.name())).isEqualTo(readBack.size());
        }
    }

    @Test
    void read_nfeRows_carryTheGeneratedTotals() {
        Table nfe = SilverTables.named("nfe").orElseThrow();
        Map<String, Row> byChave = byChave(nfe);

        assertThat(byChave).hasSize(DOCUMENTS);
        for (GeneratedDocument document : generated) {
            Row row = byChave.get(document.chave());
            assertThat((BigDecimal) row.get(nfe.indexOf("icms_tot_v_nf"))).isEqualByComparingTo(document.vNF());
            assertThat((BigDecimal) row.get(nfe.indexOf("icms_tot_v_prod"))).isEqualByComparingTo(document.vProd());
            assertThat((BigDecimal) row.get(nfe.indexOf("icms_tot_v_icms")))
                    .isEqualByComparingTo(document.totals().taxes().vICMS());
        }
    }

    @Test
    void read_itemRows_reconcileWithTheirDocumentTotals() {
        Table item = SilverTables.named("nfe_item").orElseThrow();
        Map<String, BigDecimal> vProdByChave = new HashMap<>();
        Map<String, Integer> itemsByChave = new HashMap<>();
        try (Stream<Row> rows = reader.rows(batch, item)) {
            rows.forEach(row -> {
                String chave = (String) row.get(item.indexOf("chave"));
                vProdByChave.merge(chave, (BigDecimal) row.get(item.indexOf("prod_v_prod")), BigDecimal::add);
                itemsByChave.merge(chave, 1, Integer::sum);
            });
        }

        for (GeneratedDocument document : generated) {
            assertThat(itemsByChave.get(document.chave())).isEqualTo(document.itemCount());
            assertThat(vProdByChave.get(document.chave())).isEqualByComparingTo(document.itemVProdSum());
        }
    }

    @Test
    void read_taxRows_sumToTheDocumentTaxTotals() {
        Table tax = SilverTables.named("nfe_item_tax").orElseThrow();
        Map<String, BigDecimal> sums = new HashMap<>();
        try (Stream<Row> rows = reader.rows(batch, tax)) {
            rows.forEach(row -> {
                Object amount = row.get(tax.indexOf("v_trib"));
                if (amount != null) {
                    sums.merge(row.get(tax.indexOf("chave")) + "/" + row.get(tax.indexOf("tax")),
                            (BigDecimal) amount, BigDecimal::add);
                }
            });
        }

        for (GeneratedDocument document : generated) {
            var taxes = document.totals().taxes();
            assertThat(sum(sums, document, "ICMS")).isEqualByComparingTo(taxes.vICMS());
            assertThat(sum(sums, document, "ICMS_ST")).isEqualByComparingTo(taxes.vST());
            assertThat(sum(sums, document, "IPI")).isEqualByComparingTo(taxes.vIPI());
            assertThat(sum(sums, document, "PIS")).isEqualByComparingTo(taxes.vPIS());
            assertThat(sum(sums, document, "COFINS")).isEqualByComparingTo(taxes.vCOFINS());
            assertThat(sum(sums, document, "CBS")).isEqualByComparingTo(taxes.vCBS());
        }
    }

    private static BigDecimal sum(Map<String, BigDecimal> sums, GeneratedDocument document, String tax) {
        return sums.getOrDefault(document.chave() + "/" + tax, BigDecimal.ZERO);
    }

    private static Map<String, Row> byChave(Table table) {
        Map<String, Row> byChave = new HashMap<>();
        try (Stream<Row> rows = reader.rows(batch, table)) {
            rows.forEach(row -> byChave.put((String) row.get(table.indexOf("chave")), row));
        }
        return byChave;
    }
}
