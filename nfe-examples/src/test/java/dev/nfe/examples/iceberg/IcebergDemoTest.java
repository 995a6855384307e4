package dev.nfe.examples.iceberg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.cli.NfeCommand;
import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.iceberg.types.Types;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The demo pipeline with {@code transform.writer: iceberg} next to the same pipeline with {@code parquet}, over the
 * same generated documents: an independent engine (Iceberg's generic reader, over Hadoop's file system, with none of
 * our readers) reads every silver table and gets the rows and DECIMAL types of the {@code parquet} format; the
 * warehouse loaded from the Iceberg tables publishes the same gold rows; {@code nfe tables} and {@code nfe read} work
 * on the lake.
 */
class IcebergDemoTest {
    private static final int DOCUMENTS = 40;

    @TempDir
    static Path directory;

    private static Path parquet;
    private static Path iceberg;

    @BeforeAll
    static void runBothFormats() throws IOException {
        Path landing = directory.resolve("landing");
        assertThat(nfe("generate", "--documents", Integer.toString(DOCUMENTS), "--invalid", "2", "--seed", "7",
                "--out", landing.toString()).exitCode()).isZero();
        parquet = run("parquet", landing);
        iceberg = run("iceberg", landing);
    }

    @Test
    void everySilverTable_readByIcebergsGenericReader_hasTheRowsAndTypesOfTheParquetFormat() throws IOException {
        JdbcCatalog catalog = new JdbcCatalog();
        catalog.setConf(new Configuration());
        catalog.initialize("nfe", Map.of(
                CatalogProperties.URI, "jdbc:sqlite:" + iceberg.resolve("_catalog/iceberg.db"),
                CatalogProperties.WAREHOUSE_LOCATION, iceberg.toUri().toString(),
                CatalogProperties.FILE_IO_IMPL, "org.apache.iceberg.hadoop.HadoopFileIO"));
        try {
            for (Table table : SilverTables.all()) {
                org.apache.iceberg.Table read = catalog.loadTable(TableIdentifier.of("silver", table.name()));
                for (Column column : table.columns()) {
                    if (column.type().kind() == ColumnType.Kind.DECIMAL) {
                        assertThat(read.schema().findField(column.name()).type()).as(table.name() + "." + column.name())
                                .isEqualTo(Types.DecimalType.of(column.type().precision(), column.type().scale()));
                    }
                }
                List<List<Object>> rows = new ArrayList<>();
                try (CloseableIterable<Record> records = IcebergGenerics.read(read).build()) {
                    for (Record record : records) {
                        assertThat(record.getField("ingest_date")).isInstanceOf(LocalDate.class);
                        rows.add(values(table, record));
                    }
                }
                assertThat(rows).as(table.name()).containsExactlyInAnyOrderElementsOf(parquetRows(table));
            }
        } finally {
            catalog.close();
        }
    }

    @Test
    void gold_loadedFromIcebergSilver_equalsGoldLoadedFromParquetSilver() {
        ManifestLayerReader parquetGold = new ManifestLayerReader(new LocalStorage(parquet), "gold");
        ManifestLayerReader icebergGold = new ManifestLayerReader(new LocalStorage(iceberg), "gold");
        Map<String, List<String>> expected = goldFiles(parquetGold);
        assertThat(expected).containsKeys("sales_by_item", "sales_by_uf");
        assertThat(goldFiles(icebergGold)).isEqualTo(expected);
    }

    @Test
    void tablesAndRead_onTheIcebergLake_listSnapshotsAndReadAsOfOne() {
        Result tables = nfe("tables", "--config", iceberg.resolve("pipeline.yaml").toString());
        assertThat(tables.exitCode()).as(tables.err()).isZero();
        assertThat(tables.out()).contains("silver.nfe  (1 snapshots)").contains("append").contains("nfe-demo.");
        String snapshot = tables.out().lines().dropWhile(line -> !line.startsWith("silver.nfe "))
                .skip(1).findFirst().orElseThrow().trim().split("\\s+")[0];

        Result read = nfe("read", "nfe", "--config", iceberg.resolve("pipeline.yaml").toString(), "--as-of", snapshot);

        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(read.out().lines()).hasSize(DOCUMENTS + 1);
        assertThat(read.out().lines().findFirst().orElseThrow()).startsWith("chave,").endsWith(",ingest_date");
    }

    /** Each gold table's files by their content: the same rows give the same bytes. */
    private static Map<String, List<String>> goldFiles(ManifestLayerReader gold) {
        Map<String, List<String>> files = new TreeMap<>();
        try (Stream<Batch> batches = gold.batches()) {
            batches.forEach(batch -> batch.files().forEach(file -> files
                    .computeIfAbsent(file.table(), key -> new ArrayList<>()).add(file.rows() + " rows " + file.sha256())));
        }
        return files;
    }

    private static List<List<Object>> parquetRows(Table table) {
        ManifestLayerReader reader = new ManifestLayerReader(new LocalStorage(parquet), "silver");
        List<List<Object>> rows = new ArrayList<>();
        try (Stream<Batch> batches = reader.batches()) {
            for (Batch batch : batches.toList()) {
                try (Stream<Row> tableRows = reader.rows(batch, table)) {
                    tableRows.forEach(row -> {
                        List<Object> values = new ArrayList<>();
                        for (int i = 0; i < row.size(); i++) {
                            values.add(row.get(i));
                        }
                        rows.add(values);
                    });
                }
            }
        }
        return rows;
    }

    private static List<Object> values(Table table, Record record) {
        List<Object> values = new ArrayList<>();
        for (Column column : table.columns()) {
            Object value = record.getField(column.name());
            values.add(value instanceof OffsetDateTime time ? time.toInstant()
                    : value instanceof CharSequence text ? text.toString() : value);
        }
        return values;
    }

    /** Runs the demo configuration with {@code writer} on a lake of its own, over a copy of {@code landing}. */
    private static Path run(String writer, Path landing) throws IOException {
        Path lake = directory.resolve(writer);
        Files.createDirectories(lake.resolve("landing"));
        try (Stream<Path> files = Files.list(landing)) {
            for (Path file : files.toList()) {
                Files.copy(file, lake.resolve("landing").resolve(file.getFileName()));
            }
        }
        String yaml;
        try (var in = IcebergDemoTest.class.getResourceAsStream("/demo/pipeline.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        yaml = yaml.replace("./lake", lake.toString()).replace("  writer: parquet\n", "  writer: " + writer + "\n");
        Path config = lake.resolve("pipeline.yaml");
        Files.writeString(config, yaml);
        Result run = nfe("run", "--config", config.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return lake;
    }

    private static Result nfe(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = NfeCommand.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exit = command.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private record Result(int exitCode, String out, String err) {
    }
}
