package dev.nfe.core.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.config.SilverBatching;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import dev.nfe.core.testing.FaultInjectingStorage.Point;
import dev.nfe.core.testing.FaultInjectingStorage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several bronze batches gathered into one silver batch: the same rows as one silver batch per bronze batch, in
 * fewer files; the plan recorded first, so a crash at any step, a later extraction or an upgrade from a lake without
 * plans neither loses nor repeats a document.
 */
class SilverBatchingTest {
    /** 25 generated documents and a broken one: three bronze batches of 10, 10 and 6 documents. */
    private static final int DOCUMENTS = 25;
    private static final String FIRST = "nfe-test.20260105-000001";

    @TempDir
    Path directory;

    @Test
    void transform_smallBronzeBatches_becomeOneSilverBatchWithTheSameRows() {
        PipelineFixture alone = extracted(directory.resolve("alone"));
        alone.pipeline().run(alone.pipeline().request(Stage.TRANSFORM));
        PipelineFixture gathered = extracted(directory.resolve("gathered"));
        Pipeline pipeline = gathered.builder(gathered.lake).silverBatching(SilverBatching.defaults()).build();

        RunSummary summary = pipeline.run(pipeline.request(Stage.TRANSFORM));

        assertThat(alone.silverBatches()).hasSize(3);
        assertThat(summary.batchIds()).containsExactly(FIRST);
        assertThat(summary.written()).isEqualTo(DOCUMENTS);
        assertThat(summary.quarantined()).isEqualTo(1);
        assertThat(gathered.silverBatches()).extracting(Batch::id).containsExactly(FIRST);
        assertThat(gathered.silverBatches().get(0).files()).hasSizeLessThan(
                alone.silverBatches().stream().mapToInt(batch -> batch.files().size()).sum());
        for (Table table : SilverTables.all()) {
            assertThat(rowsWithoutBatchId(gathered, table)).as(table.name())
                    .isEqualTo(rowsWithoutBatchId(alone, table));
        }
        assertThat(gathered.files("silver/_quarantine")).hasSameSizeAs(alone.files("silver/_quarantine"));
        assertThat(new String(gathered.files("_state/nfe-test/transform-plans").get(
                "_state/nfe-test/transform-plans/ingest_date=2026-01-05/20260105-000001.json"), UTF_8))
                .contains("20260105-000001", "20260105-000002", "20260105-000003");
        assertThat(pipeline.run(pipeline.request(Stage.TRANSFORM)).batchIds()).as("rerun").isEmpty();
        gathered.files("_state/nfe-test/transform/").keySet().forEach(gathered.lake::delete);
        assertThat(pipeline.run(pipeline.request(Stage.TRANSFORM)).batchIds()).as("rerun without ledger").isEmpty();
        assertThat(gathered.silverRows()).hasSize(DOCUMENTS);
    }

    @Test
    void transform_icebergWriter_commitsTheGatheredBatchOnceAndARerunThatLostTheLedgerAddsNothing() {
        PipelineFixture fixture = extracted(directory);
        LayerWriter writer = fixture.iceberg();
        Pipeline pipeline = fixture.builder(fixture.lake).layerWriter(writer)
                .silverBatching(SilverBatching.defaults()).build();

        RunSummary first = pipeline.run(pipeline.request(Stage.TRANSFORM));
        Map<String, byte[]> metadata = fixture.files("silver/nfe/metadata/");
        fixture.files("_state/nfe-test/transform/").keySet().forEach(fixture.lake::delete);
        RunSummary rerun = pipeline.run(pipeline.request(Stage.TRANSFORM));

        assertThat(first.batchIds()).containsExactly(FIRST);
        assertThat(rerun.batchIds()).isEmpty();
        assertThat(fixture.files("silver/nfe/metadata/").keySet()).isEqualTo(metadata.keySet());
        LayerReader reader = writer.reader(fixture.lake, "silver");
        try (Stream<Batch> batches = reader.batches()) {
            Batch batch = batches.toList().get(0);
            try (Stream<Row> rows = reader.rows(batch, SilverTables.named("nfe").orElseThrow())) {
                assertThat(rows.count()).isEqualTo(DOCUMENTS);
            }
        }
    }

    @Test
    void transform_targetBytes_gathersConsecutiveBatchesUpToIt() {
        PipelineFixture fixture = extracted(directory);
        List<Long> sizes = bronzeSizes(fixture);
        Pipeline pipeline = fixture.builder(fixture.lake)
                .silverBatching(new SilverBatching(sizes.get(0) + sizes.get(1), false)).build();

        RunSummary summary = pipeline.run(pipeline.request(Stage.TRANSFORM));

        assertThat(summary.batchIds()).containsExactly(FIRST, "nfe-test.20260105-000003");
        assertThat(fixture.silverRows()).hasSize(DOCUMENTS);
    }

    static Stream<Arguments> crashPoints() {
        return Stream.of(
                crash("recording the plan", fixture -> gathering(fixture, TransformCrashTest.crashing(fixture.lake,
                        key -> key.startsWith("_state/nfe-test/transform-plans/"), 0, "plan"))),
                crash("mid-batch, after 13 rows", fixture -> fixture.builder(fixture.lake)
                        .silverBatching(SilverBatching.defaults())
                        .layerWriter(new CrashingLayerWriter(fixture.parquet(), 13)).build()),
                crash("publishing the manifest", fixture -> gathering(fixture, TransformCrashTest.crashing(
                        fixture.lake, key -> key.startsWith("silver/_manifests/"), 0, "manifest"))),
                crash("after the manifest, before the state", fixture -> gathering(fixture,
                        TransformCrashTest.crashing(fixture.lake,
                                key -> key.startsWith("_state/nfe-test/transform/"), 0, "state"))));
    }

    private static Arguments crash(String name, Function<PipelineFixture, Pipeline> crashing) {
        return Arguments.of(Named.of(name, crashing));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crashPoints")
    void transform_rerunAfterCrash_leavesTheLakeAsAnUninterruptedRun(Function<PipelineFixture, Pipeline> crashing) {
        PipelineFixture uninterrupted = extracted(directory.resolve("uninterrupted"));
        Pipeline once = gathering(uninterrupted, uninterrupted.lake);
        once.run(once.request(Stage.TRANSFORM));
        PipelineFixture crashed = extracted(directory.resolve("crashed"));
        Pipeline crashingPipeline = crashing.apply(crashed);

        assertThatThrownBy(() -> crashingPipeline.run(crashingPipeline.request(Stage.TRANSFORM)))
                .satisfies(TransformCrashTest::causedByCrash);
        Pipeline rerun = gathering(crashed, crashed.lake);
        rerun.run(rerun.request(Stage.TRANSFORM));

        TransformCrashTest.assertSameFiles(crashed.files("silver"), uninterrupted.files("silver"));
        TransformCrashTest.assertSameFiles(crashed.files("_state"), uninterrupted.files("_state"));
    }

    @Test
    void transform_newBronzeAfterACrash_keepsThePlannedBatchAsItWasAndTransformsTheNewOneApart() {
        PipelineFixture fixture = extracted(directory);
        Pipeline crashing = fixture.builder(fixture.lake).silverBatching(SilverBatching.defaults())
                .layerWriter(new CrashingLayerWriter(fixture.parquet(), 13)).build();
        assertThatThrownBy(() -> crashing.run(crashing.request(Stage.TRANSFORM)))
                .satisfies(TransformCrashTest::causedByCrash);
        fixture.clock.advance(Duration.ofMinutes(1));
        fixture.generate(DOCUMENTS + 10);
        fixture.pipeline().run(fixture.pipeline().request(Stage.EXTRACT));

        Pipeline rerun = gathering(fixture, fixture.lake);
        RunSummary summary = rerun.run(rerun.request(Stage.TRANSFORM));

        assertThat(summary.batchIds()).containsExactly(FIRST, "nfe-test.20260105-000004");
        assertThat(fixture.silverRows()).hasSize(DOCUMENTS + 10)
                .extracting(row -> row.get(0)).doesNotHaveDuplicates();
    }

    @Test
    void transform_lakeWithASilverBatchCommittedWithoutPlan_leavesItAloneAndGathersTheRest() {
        PipelineFixture fixture = extracted(directory);
        Pipeline crashing = fixture.builder(TransformCrashTest.crashing(fixture.lake,
                key -> key.startsWith("_state/nfe-test/transform/"), 0, "state")).build();
        assertThatThrownBy(() -> crashing.run(crashing.request(Stage.TRANSFORM)))
                .satisfies(TransformCrashTest::causedByCrash);
        fixture.lake.delete("_state/nfe-test/transform-plans/ingest_date=2026-01-05/20260105-000001.json");

        Pipeline rerun = gathering(fixture, fixture.lake);
        RunSummary summary = rerun.run(rerun.request(Stage.TRANSFORM));

        assertThat(summary.batchIds()).containsExactly("nfe-test.20260105-000002");
        assertThat(fixture.silverBatches()).extracting(Batch::id)
                .containsExactly(FIRST, "nfe-test.20260105-000002");
        assertThat(fixture.silverRows()).hasSize(DOCUMENTS).extracting(row -> row.get(0)).doesNotHaveDuplicates();
    }

    @Test
    void transform_deadlinePassingDuringAGatheredBatch_cutsItToItsFirstBronzeBatchForTheNextRun() {
        PipelineFixture fixture = extracted(directory);
        // a minute of the test clock per bronze document read, in runs of 15 minutes: 10 documents fit, 16 do not
        Pipeline slow = fixture.builder(FaultInjectingStorage.hooked(fixture.lake, Point.READ,
                        key -> key.startsWith("bronze/nfe-test/ingest_date="),
                        () -> fixture.clock.advance(Duration.ofMinutes(1))))
                .silverBatching(SilverBatching.defaults()).build();
        List<RunSummary> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(slow.run(slow.request(Stage.TRANSFORM).withTimeBudget(Duration.ofMinutes(15))));
        }

        assertThat(runs).extracting(RunSummary::batchIds).containsExactly(List.of(), List.of(FIRST),
                List.of("nfe-test.20260105-000002"), List.of("nfe-test.20260105-000003"));
        assertThat(runs).extracting(RunSummary::isPartial).containsExactly(true, true, true, false);
        assertThat(fixture.silverRows()).hasSize(DOCUMENTS).extracting(row -> row.get(0)).doesNotHaveDuplicates();
    }

    @Test
    void transform_waitForFullBatch_holdsTodaysBatchesUntilTheDayIsOver() {
        PipelineFixture fixture = extracted(directory);
        Pipeline waiting = fixture.builder(fixture.lake)
                .silverBatching(new SilverBatching(SilverBatching.DEFAULT_TARGET_BYTES, true)).build();

        RunSummary today = waiting.run(waiting.request(Stage.TRANSFORM));
        RunSummary named = waiting.run(waiting.request(Stage.TRANSFORM).withBatchIds(List.of("20260105-000003")));
        fixture.clock.advance(Duration.ofDays(1));
        RunSummary dayAfter = waiting.run(waiting.request(Stage.TRANSFORM));

        assertThat(today.batchIds()).isEmpty();
        assertThat(today.written()).isZero();
        assertThat(named.batchIds()).as("a run asked for named batches").containsExactly("nfe-test.20260105-000003");
        assertThat(dayAfter.batchIds()).containsExactly(FIRST);
        assertThat(fixture.silverRows()).hasSize(DOCUMENTS);
    }

    private static Pipeline gathering(PipelineFixture fixture, Storage storage) {
        return fixture.builder(storage).silverBatching(SilverBatching.defaults()).build();
    }

    private static PipelineFixture extracted(Path root) {
        PipelineFixture fixture = new PipelineFixture(root).generate(DOCUMENTS)
                .input("broken.xml", "<nfeProc xmlns=\"http://www.portalfiscal.inf.br/nfe\"><NFe>");
        fixture.pipeline().run(fixture.pipeline().request(Stage.EXTRACT));
        return fixture;
    }

    private static List<Long> bronzeSizes(PipelineFixture fixture) {
        BronzeStore bronze = new BronzeStore(fixture.lake, "bronze", PipelineFixture.PIPELINE);
        return bronze.committed().stream()
                .map(key -> bronze.read(key.manifestPath()).orElseThrow().bytes())
                .toList();
    }

    /** Every row of {@code table}, batch by batch, without its {@code batch_id}, which names the silver batch. */
    private static List<Map<String, Object>> rowsWithoutBatchId(PipelineFixture fixture, Table table) {
        LayerReader reader = fixture.pipelineReader();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Batch batch : fixture.silverBatches()) {
            try (Stream<Row> batchRows = reader.rows(batch, table)) {
                batchRows.forEach(row -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int i = 0; i < table.columns().size(); i++) {
                        String name = table.columns().get(i).name();
                        if (!name.equals("batch_id")) {
                            values.put(name, row.get(i));
                        }
                    }
                    rows.add(values);
                });
            }
        }
        return rows;
    }
}
