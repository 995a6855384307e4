package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.testing.FaultInjectingStorage.Point;
import dev.nfe.core.testing.FaultInjectingStorage;
import java.nio.file.Path;
import dev.nfe.core.spi.Loader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stages given a deadline stop cleanly, commit what they did and resume from their continuation; no sleeps. */
class DeadlineTest {
    private static final Duration PER_DOCUMENT = Duration.ofMinutes(1);

    @TempDir
    Path directory;

    @Test
    void transform_deadlineInsideTheBacklog_commitsWholeBatchesAndReturnsContinuation() {
        PipelineFixture fixture = extracted(30);
        Pipeline slow = slowTransform(fixture, Duration.ofMinutes(10));

        RunSummary first = slow.run(slow.request(Stage.TRANSFORM).withTimeBudget(Duration.ofMinutes(25)));

        assertThat(first.batchIds()).containsExactly("nfe-test.20260105-000001", "nfe-test.20260105-000002");
        assertThat(first.continuation()).isEqualTo(new Checkpoint(Map.of("stage", "transform",
                "transform.next", "20260105-000003", "transform.pending", "1")));
        assertThat(first.written()).isEqualTo(20);
    }

    @Test
    void transform_nextInvocationWithContinuation_finishesTheBacklog() {
        PipelineFixture fixture = extracted(30);
        Pipeline slow = slowTransform(fixture, Duration.ofMinutes(10));
        StageRequest request = slow.request(Stage.TRANSFORM).withTimeBudget(Duration.ofMinutes(25));
        RunSummary first = slow.run(request);

        RunSummary second = slow.run(StagePayloads.next(request, List.of(first)).orElseThrow());

        assertThat(second.batchIds()).containsExactly("nfe-test.20260105-000003");
        assertThat(second.isPartial()).isFalse();
        assertThat(fixture.silverRows()).hasSize(30);
    }

    @Test
    void transform_deadlinePassingDuringABatch_abandonsItUncommitted() {
        PipelineFixture fixture = extracted(10);
        Pipeline slow = slowTransform(fixture, Duration.ZERO);

        RunSummary first = slow.run(slow.request(Stage.TRANSFORM).withDeadline(fixture.clock.instant()
                .plus(Duration.ofMinutes(5))));

        assertThat(first).extracting(RunSummary::seen, RunSummary::written, RunSummary::isPartial)
                .containsExactly(0L, 0L, true);
        assertThat(first.continuation().get("transform.next")).contains("20260105-000001");
        assertThat(fixture.silverBatches()).isEmpty();
        assertThat(fixture.files("silver/nfe")).isEmpty();
    }

    @Test
    void extract_deadlineBetweenPages_stopsAndResumesFromItsContinuation() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(25);
        Pipeline slow = fixture.builder(FaultInjectingStorage.hooked(fixture.lake, Point.BEFORE_PUBLISH,
                key -> key.startsWith("bronze/nfe-test/ingest_date="), () -> fixture.clock.advance(PER_DOCUMENT)))
                .build();
        StageRequest request = slow.request(Stage.EXTRACT).withTimeBudget(Duration.ofMinutes(15));

        RunSummary first = slow.run(request);
        RunSummary second = slow.run(StagePayloads.next(request, List.of(first)).orElseThrow());

        assertThat(first.written()).isEqualTo(20);
        assertThat(first.continuation().get("stage")).contains("extract");
        assertThat(second).extracting(RunSummary::written, RunSummary::duplicates, RunSummary::isPartial)
                .containsExactly(5L, 0L, false);
    }

    @Test
    void load_slowBatchesUnderADeadline_callsOnlyWhatFitsAndResumes() {
        PipelineFixture fixture = extracted(40);
        RecordingLoader recorded = new RecordingLoader();
        Loader slow = batches -> {
            fixture.clock.advance(Duration.ofMinutes(3).multipliedBy(batches.size()));
            return recorded.load(batches);
        };
        Pipeline pipeline = fixture.builder(fixture.lake).loader(slow).build();
        pipeline.run(pipeline.request(Stage.TRANSFORM));
        Instant start = fixture.clock.instant();
        StageRequest request = pipeline.request(Stage.LOAD).withTimeBudget(Duration.ofMinutes(10));

        RunSummary first = pipeline.run(request);
        Duration took = Duration.between(start, fixture.clock.instant());
        RunSummary second = pipeline.run(StagePayloads.next(request, List.of(first)).orElseThrow());

        assertThat(took).isLessThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(first.batchIds()).hasSize(3);
        assertThat(first.continuation().get("load.next")).contains("nfe-test.20260105-000004");
        assertThat(second.batchIds()).containsExactly("nfe-test.20260105-000004");
        assertThat(recorded.calls()).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void runStages_allWithATransformContinuation_startsAtTransform() {
        PipelineFixture fixture = extracted(5);
        Pipeline pipeline = fixture.pipeline();

        List<RunSummary> summaries = pipeline.runStages(pipeline.request(Stage.ALL)
                .withContinuation(new Checkpoint(Map.of("stage", "transform"))), ProgressListener.NONE);

        assertThat(summaries).extracting(RunSummary::stage).containsExactly("transform");
    }

    @Test
    void runStages_allStoppedAtTheDeadline_skipsTheLaterStages() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(25);
        Pipeline slow = fixture.builder(FaultInjectingStorage.hooked(fixture.lake, Point.BEFORE_PUBLISH,
                key -> key.startsWith("bronze/nfe-test/ingest_date="), () -> fixture.clock.advance(PER_DOCUMENT)))
                .build();

        List<RunSummary> summaries = slow.runStages(slow.request(Stage.ALL).withTimeBudget(Duration.ofMinutes(15)),
                ProgressListener.NONE);

        assertThat(summaries).extracting(RunSummary::stage).containsExactly("extract");
        assertThat(summaries.get(0).isPartial()).isTrue();
    }

    private PipelineFixture extracted(int documents) {
        PipelineFixture fixture = new PipelineFixture(directory).generate(documents);
        fixture.pipeline().run(fixture.pipeline().request(Stage.EXTRACT));
        return fixture;
    }

    /** A pipeline whose transform takes a minute of the test clock per bronze document it reads. */
    private static Pipeline slowTransform(PipelineFixture fixture, Duration margin) {
        return fixture.builder(FaultInjectingStorage.hooked(fixture.lake, Point.READ,
                        key -> key.startsWith("bronze/nfe-test/ingest_date="),
                        () -> fixture.clock.advance(PER_DOCUMENT)))
                .deadlineMargin(margin)
                .build();
    }
}
