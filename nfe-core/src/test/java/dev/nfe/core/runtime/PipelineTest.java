package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.extract.FolderExtractor;
import dev.nfe.core.extract.FolderSettings;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.TransientException;
import dev.nfe.core.testing.FaultInjectingStorage.Point;
import dev.nfe.core.storage.LocalStorage;
import dev.nfe.core.testing.FaultInjectingStorage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {

    @TempDir
    Path directory;

    @Test
    void run_stage_notifiesItsOutcome() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(2);

        fixture.pipeline().run(fixture.pipeline().request(Stage.EXTRACT));

        assertThat(fixture.notifier.notifications()).singleElement()
                .extracting(Notification::stage, Notification::outcome)
                .containsExactly("extract", Notification.Outcome.SUCCEEDED);
    }

    @Test
    void run_extractAfterAddingAFileThatSortsFirst_writesOnlyThatFile() throws IOException {
        PipelineFixture fixture = new PipelineFixture(directory).generate(4);
        Path held = directory.resolve("held.xml");
        Path first;
        try (Stream<Path> files = Files.list(fixture.input)) {
            first = files.sorted().findFirst().orElseThrow();
        }
        Files.move(first, held);
        Pipeline pipeline = fixture.pipeline();
        RunSummary before = pipeline.run(pipeline.request(Stage.EXTRACT));
        Files.move(held, fixture.input.resolve("0000-late.xml"));

        RunSummary after = pipeline.run(pipeline.request(Stage.EXTRACT));
        RunSummary again = pipeline.run(pipeline.request(Stage.EXTRACT));

        assertThat(before.written()).isEqualTo(3);
        assertThat(after).extracting(RunSummary::seen, RunSummary::written).containsExactly(1L, 1L);
        assertThat(again.seen()).isZero();
    }

    @Test
    void run_extractOfAnOversizedFile_countsItRecordsItAndReadsItOnceTheLimitIsRaised() throws IOException {
        PipelineFixture fixture = new PipelineFixture(directory).generate(1);
        long size;
        try (Stream<Path> files = Files.list(fixture.input)) {
            size = Files.size(files.findFirst().orElseThrow());
        }
        Pipeline strict = fixture.builder(fixture.lake).extractor(folder(fixture, size - 1)).build();
        Pipeline relaxed = fixture.builder(fixture.lake).extractor(folder(fixture, size)).build();

        RunSummary rejected = strict.run(strict.request(Stage.EXTRACT));
        RunSummary unchanged = strict.run(strict.request(Stage.EXTRACT));
        RunSummary raised = relaxed.run(relaxed.request(Stage.EXTRACT));

        assertThat(rejected).extracting(RunSummary::quarantined, RunSummary::written).containsExactly(1L, 0L);
        assertThat(fixture.files("_state/" + PipelineFixture.PIPELINE + "/rejected").values()).singleElement()
                .satisfies(record -> assertThat(new String(record, StandardCharsets.UTF_8)).contains("TOO_LARGE"));
        assertThat(unchanged.quarantined()).isZero();
        assertThat(raised).extracting(RunSummary::quarantined, RunSummary::written).containsExactly(0L, 1L);
    }

    private static FolderExtractor folder(PipelineFixture fixture, long maxDocumentBytes) {
        return new FolderExtractor(new LocalStorage(fixture.input), "", new FolderSettings(PipelineFixture.PAGE_SIZE,
                64L << 20, Duration.ZERO, maxDocumentBytes, 100, 10_000), fixture.clock, rejected -> { });
    }

    @Test
    void run_whenStorageFails_notifiesTheFailureAndRethrows() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(2);
        Pipeline failing = fixture.builder(FaultInjectingStorage.failing(fixture.lake, Point.BEFORE_PUBLISH,
                key -> true, 0, path -> new TransientException("Cannot reach the disk"))).build();

        assertThatThrownBy(() -> failing.run(failing.request(Stage.EXTRACT)))
                .isInstanceOf(TransientException.class)
                .hasMessage("Cannot reach the disk");
        assertThat(fixture.notifier.notifications()).singleElement()
                .satisfies(notification -> {
                    assertThat(notification.outcome()).isEqualTo(Notification.Outcome.FAILED);
                    assertThat(notification.error()).contains("TransientException: Cannot reach the disk");
                });
    }

    @Test
    void run_whenTheNotifierThrows_stillReturnsTheSummary() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(2);
        Pipeline pipeline = fixture.builder(fixture.lake).notifier(notification -> {
            throw new IllegalStateException("mail server down");
        }).build();

        RunSummary summary = pipeline.run(pipeline.request(Stage.EXTRACT));

        assertThat(summary.written()).isEqualTo(2);
    }

    @Test
    void run_withProgressListener_reportsGrowingCounts() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(12);
        Pipeline pipeline = fixture.pipeline();
        pipeline.run(pipeline.request(Stage.EXTRACT));
        List<Progress> progress = new ArrayList<>();

        pipeline.run(pipeline.request(Stage.TRANSFORM), progress::add);

        assertThat(progress).hasSize(12);
        assertThat(progress).extracting(Progress::seen).startsWith(1L, 2L).endsWith(12L);
        assertThat(progress.get(11).bytes()).isPositive();
    }

    @Test
    void run_requestForAnotherPipeline_isRefused() {
        Pipeline pipeline = new PipelineFixture(directory).pipeline();

        assertThatThrownBy(() -> pipeline.run(StageRequest.of("nfe-other", Stage.EXTRACT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pipeline nfe-other on pipeline nfe-test");
    }

    @Test
    void run_withAnotherStagesContinuation_isRefused() {
        Pipeline pipeline = new PipelineFixture(directory).pipeline();

        assertThatThrownBy(() -> pipeline.run(pipeline.request(Stage.EXTRACT)
                .withContinuation(new Checkpoint(Map.of("stage", "transform")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("continuation of stage transform");
    }

    @Test
    void run_loadWithoutLoader_failsNamingTheLoadSection() {
        Pipeline pipeline = new PipelineFixture(directory).pipeline();

        assertThatThrownBy(() -> pipeline.run(pipeline.request(Stage.LOAD)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("load: pipeline nfe-test has no load section");
    }

    @Test
    void runStages_allWithoutExtractor_transformsTheCommittedBronze() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(3);
        fixture.pipeline().run(fixture.pipeline().request(Stage.EXTRACT));
        Pipeline transformOnly = Pipeline.builder().name(PipelineFixture.PIPELINE).storage(fixture.lake)
                .deserializer(fixture.deserializer()).layerWriter(fixture.parquet()).build();

        List<RunSummary> summaries = transformOnly.runStages(transformOnly.request(Stage.ALL), ProgressListener.NONE);

        assertThat(summaries).extracting(RunSummary::stage).containsExactly("transform");
        assertThat(fixture.silverRows()).hasSize(3);
    }

    @Test
    void run_extractWithoutExtractor_failsNamingTheExtractSection() {
        PipelineFixture fixture = new PipelineFixture(directory);
        Pipeline transformOnly = Pipeline.builder().name(PipelineFixture.PIPELINE).storage(fixture.lake)
                .deserializer(fixture.deserializer()).layerWriter(fixture.parquet()).build();

        assertThatThrownBy(() -> transformOnly.run(transformOnly.request(Stage.EXTRACT)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("extract: pipeline nfe-test has no extract section");
    }

    @Test
    void runStages_allWithLoader_loadsEachSilverBatchOnce() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(15);
        RecordingLoader loader = new RecordingLoader();
        Pipeline pipeline = fixture.builder(fixture.lake).loader(loader).build();

        List<RunSummary> first = pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE);
        List<RunSummary> second = pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE);

        assertThat(first).extracting(RunSummary::stage).containsExactly("extract", "transform", "load");
        assertThat(first.get(2).batchIds()).containsExactly("nfe-test.20260105-000001", "nfe-test.20260105-000002");
        assertThat(second.get(2).batchIds()).isEmpty();
        assertThat(loader.calls()).containsExactly("nfe-test.20260105-000001", "nfe-test.20260105-000002");
    }

    @Test
    void runStages_allWhenExtractFails_transformsAndLoadsCommittedBronzeThenRethrows() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(15);
        fixture.pipeline().run(fixture.pipeline().request(Stage.EXTRACT));
        RecordingLoader loader = new RecordingLoader();
        Pipeline pipeline = fixture.builder(fixture.lake).loader(loader).extractor((from, sink) -> {
            throw new TransientException("Cannot reach the API");
        }).build();

        assertThatThrownBy(() -> pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE))
                .isInstanceOf(TransientException.class)
                .hasMessage("Cannot reach the API");
        assertThat(loader.calls()).containsExactly("nfe-test.20260105-000001", "nfe-test.20260105-000002");
        assertThat(fixture.silverRows()).hasSize(15);
        assertThat(fixture.notifier.notifications()).extracting(Notification::stage, Notification::outcome)
                .endsWith(tuple("extract", Notification.Outcome.FAILED),
                        tuple("transform", Notification.Outcome.SUCCEEDED),
                        tuple("load", Notification.Outcome.SUCCEEDED));
    }

    @Test
    void run_loadAfterLosingItsState_countsAlreadyLoadedBatchesAsDuplicates() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(15);
        RecordingLoader loader = new RecordingLoader();
        Pipeline pipeline = fixture.builder(fixture.lake).loader(loader).build();
        pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE);
        fixture.lake.delete("_state/nfe-test/load/ingest_date=2026-01-05.json");

        RunSummary again = pipeline.run(pipeline.request(Stage.LOAD));

        assertThat(again).extracting(RunSummary::seen, RunSummary::written, RunSummary::duplicates)
                .containsExactly(2L, 0L, 2L);
    }
}
