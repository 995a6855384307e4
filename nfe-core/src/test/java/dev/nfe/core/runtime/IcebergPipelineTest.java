package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import dev.nfe.core.testing.FaultInjectingStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline with an {@code iceberg} silver: same rows as the {@code parquet} format, exactly once, crash-safe. */
class IcebergPipelineTest {
    @TempDir
    Path directory;

    @Test
    void transform_iceberg_givesTheRowsOfTheParquetFormatInOneSnapshotPerBatchAndTable() {
        PipelineFixture parquet = new PipelineFixture(directory.resolve("parquet")).generate(25);
        parquet.pipeline().runStages(parquet.pipeline().request(Stage.ALL), ProgressListener.NONE);
        PipelineFixture iceberg = new PipelineFixture(directory.resolve("iceberg")).generate(25);
        LayerWriter writer = iceberg.iceberg();
        Pipeline pipeline = iceberg.builder(iceberg.lake).layerWriter(writer).build();

        List<RunSummary> summaries = pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE);

        assertThat(summaries.get(1).batchIds()).containsExactly("nfe-test.20260105-000001",
                "nfe-test.20260105-000002", "nfe-test.20260105-000003");
        LayerReader reader = writer.reader(iceberg.lake, "silver");
        assertThat(batchIds(reader)).containsExactly("nfe-test.20260105-000001", "nfe-test.20260105-000002",
                "nfe-test.20260105-000003");
        assertThat(rows(reader)).isEqualTo(rows(parquet.pipelineReader()));
        assertThat(Files.exists(iceberg.lakeRoot.resolve("_catalog/iceberg.db"))).isTrue();
        assertThat(iceberg.files("silver/nfe/metadata/")).isNotEmpty();
        assertThat(iceberg.files("silver/nfe/data/ingest_date=2026-01-05/")).hasSize(3);
    }

    @Test
    void transform_rerunOfCommittedBatches_addsNoSnapshot() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(25);
        LayerWriter writer = fixture.iceberg();
        Pipeline pipeline = fixture.builder(fixture.lake).layerWriter(writer).build();
        pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE);
        Map<String, byte[]> metadata = fixture.files("silver/nfe/metadata/");
        deleteTree(fixture.lakeRoot.resolve("_state/" + PipelineFixture.PIPELINE + "/transform"));

        List<RunSummary> rerun = pipeline.runStages(pipeline.request(Stage.TRANSFORM), ProgressListener.NONE);

        assertThat(rerun.get(0).batchIds()).isEmpty();
        assertThat(fixture.files("silver/nfe/metadata/").keySet()).isEqualTo(metadata.keySet());
        assertThat(batchIds(writer.reader(fixture.lake, "silver"))).hasSize(3);
    }

    @Test
    void transform_crashBetweenTwoTablesCommits_hidesTheBatchUntilTheRerunCompletesIt() {
        PipelineFixture fixture = new PipelineFixture(directory.resolve("crash")).generate(5);
        AtomicBoolean dead = new AtomicBoolean();
        Storage failing = FaultInjectingStorage.hooked(fixture.lake, FaultInjectingStorage.Point.OPEN,
                path -> dead.get() && path.startsWith("silver/nfe_item/metadata/"), () -> {
                    throw new NfeException("Cannot write silver/nfe_item/metadata/: the process died");
                });
        LayerWriter writer = fixture.iceberg();
        Pipeline crashing = fixture.builder(failing).layerWriter(writer).build();
        crashing.run(crashing.request(Stage.EXTRACT));
        dead.set(true);

        assertThatThrownBy(() -> crashing.runStages(crashing.request(Stage.TRANSFORM), ProgressListener.NONE))
                .isInstanceOf(NfeException.class);
        assertThat(batchIds(writer.reader(fixture.lake, "silver"))).isEmpty();
        dead.set(false);
        crashing.runStages(crashing.request(Stage.TRANSFORM), ProgressListener.NONE);

        PipelineFixture clean = new PipelineFixture(directory.resolve("clean")).generate(5);
        clean.pipeline().runStages(clean.pipeline().request(Stage.ALL), ProgressListener.NONE);
        LayerReader reader = writer.reader(fixture.lake, "silver");
        assertThat(batchIds(reader)).containsExactly("nfe-test.20260105-000001");
        assertThat(rows(reader)).isEqualTo(rows(clean.pipelineReader()));
    }

    @Test
    void load_silverAsOf_loadsOnlyTheBatchesCommittedByThenAndLeavesTheLedgerAlone() throws InterruptedException {
        PipelineFixture fixture = new PipelineFixture(directory).generate(25);
        RecordingLoader loader = new RecordingLoader();
        Pipeline pipeline = fixture.builder(fixture.lake).layerWriter(fixture.iceberg()).loader(loader).build();
        pipeline.run(pipeline.request(Stage.EXTRACT));
        pipeline.run(pipeline.request(Stage.TRANSFORM).withBatchIds(List.of("20260105-000001")));
        Thread.sleep(5);
        Instant between = Instant.now();
        Thread.sleep(5);
        pipeline.run(pipeline.request(Stage.TRANSFORM));

        RunSummary rebuilt = pipeline.run(pipeline.request(Stage.LOAD).withSilverAsOf(between));
        RunSummary current = pipeline.run(pipeline.request(Stage.LOAD));

        assertThat(rebuilt.batchIds()).containsExactly("nfe-test.20260105-000001");
        assertThat(current.batchIds()).containsExactly("nfe-test.20260105-000002", "nfe-test.20260105-000003");
        assertThat(loader.calls()).containsExactly("nfe-test.20260105-000001", "nfe-test.20260105-000001",
                "nfe-test.20260105-000002", "nfe-test.20260105-000003");
    }

    @Test
    void build_icebergWriterWithACatalogRegistrar_failsNamingTheKey() {
        PipelineFixture fixture = new PipelineFixture(directory);

        assertThatThrownBy(() -> fixture.builder(fixture.lake).layerWriter(fixture.iceberg())
                .catalog((batch, tables) -> { }).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("transform.catalog: must be none");
    }

    private static List<String> batchIds(LayerReader reader) {
        try (Stream<Batch> batches = reader.batches()) {
            return batches.map(Batch::id).toList();
        }
    }

    /** Every row of every silver table, by table, batch by batch. */
    private static Map<String, List<Row>> rows(LayerReader reader) {
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        List<Batch> batches;
        try (Stream<Batch> all = reader.batches()) {
            batches = all.toList();
        }
        for (Table table : SilverTables.all()) {
            List<Row> tableRows = new ArrayList<>();
            for (Batch batch : batches) {
                try (Stream<Row> batchRows = reader.rows(batch, table)) {
                    batchRows.forEach(tableRows::add);
                }
            }
            rows.put(table.name(), tableRows);
        }
        return rows;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
