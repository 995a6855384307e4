package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.RunSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StagePayloadsTest {

    @Test
    void readRequest_writtenRequest_givesItBack() {
        StageRequest request = StageRequest.of("nfe-sales", Stage.TRANSFORM)
                .withConfig("s3://lake/conf/pipeline.yaml")
                .withBatchIds(List.of("20260105-000001"))
                .withWindow(new IngestWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 5)))
                .withContinuation(new Checkpoint(Map.of("stage", "transform", "transform.next", "20260105-000002")))
                .withDeadline(Instant.parse("2026-01-05T10:14:00Z"))
                .withTimeBudget(Duration.ofMinutes(14));

        StageRequest read = StagePayloads.readRequest(StagePayloads.write(request));

        assertThat(read).usingRecursiveComparison().isEqualTo(request);
    }

    @Test
    void readRequest_fromStream_readsTheJsonObject() {
        StageRequest read = StagePayloads.readRequest(stream("{\"pipeline\": \"nfe-sales\", \"stage\": \"load\", "
                + "\"batchIds\": [\"b1\"]}"));

        assertThat(read.stage()).isEqualTo(Stage.LOAD);
        assertThat(read.batchIds()).containsExactly("b1");
    }

    @Test
    void readRequest_ofOneStageHostWithoutStage_takesTheHostsStage() {
        StageRequest read = StagePayloads.readRequest(stream("{\"pipeline\": \"nfe-sales\"}"), Stage.TRANSFORM);

        assertThat(read.stage()).isEqualTo(Stage.TRANSFORM);
    }

    @Test
    void readRequest_ofOneStageHostWithAnotherStage_failsNamingTheKey() {
        assertThatThrownBy(() -> StagePayloads.readRequest(
                stream("{\"pipeline\": \"nfe-sales\", \"stage\": \"load\"}"), Stage.TRANSFORM))
                .isInstanceOf(ConfigException.class)
                .hasMessage("payload.stage: this host runs stage transform only, was 'load'");
    }

    @Test
    void readRequest_streamHoldingAJsonString_failsAsNotAnObject() {
        assertThatThrownBy(() -> StagePayloads.readRequest(stream("\"{\\\"pipeline\\\": \\\"a\\\"}\"")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("payload: must be a JSON object");
    }

    @Test
    void write_toStream_writesTheSummariesJson() {
        StageRequest request = StageRequest.of("nfe-sales", Stage.EXTRACT);
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        StagePayloads.write(request, List.of(), output);

        assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo(StagePayloads.write(request, List.of()));
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readRequest_onlyPipelineAndStage_defaultsTheRest() {
        StageRequest read = StagePayloads.readRequest("{\"pipeline\": \"nfe-sales\", \"stage\": \"extract\"}");

        assertThat(read).usingRecursiveComparison().isEqualTo(StageRequest.of("nfe-sales", Stage.EXTRACT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"stage\": \"extract\"} | payload.pipeline: required key is missing",
        "{\"pipeline\": \"p\", \"stage\": \"unload\"} | payload.stage: must be one of extract, transform, load, all, was 'unload'",
        "{\"pipeline\": \"p\", \"stage\": \"load\", \"deadline\": \"tomorrow\"} | payload.deadline: must be an ISO-8601 instant",
        "{\"pipeline\": \"p\", \"stage\": \"load\", \"timeBudget\": \"14m\"} | payload.timeBudget: must be an ISO-8601 duration",
        "{\"pipeline\": \"p\", \"stage\": \"load\", \"batch\": \"b1\"} | payload.batch: unknown key",
        "{\"pipeline\": \"p\", \"stage\": \"load\", \"window\": {\"from\": \"2026-01-05\", \"to\": \"2026-01-01\"}} | payload.window: to must not be before from",
        "{\"pipeline\": \"p\", \"stage\": \"load\", \"continuation\": {\"stage\": 3}} | payload.continuation.stage: must be a string",
        "[1, 2] | payload: must be a JSON object"
    })
    void readRequest_badPayload_failsNamingTheKey(String json, String message) {
        assertThatThrownBy(() -> StagePayloads.readRequest(json))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(message);
    }

    @Test
    void readRequest_severalProblems_reportsThemAll() {
        assertThatThrownBy(() -> StagePayloads.readRequest("{\"deadline\": \"soon\", \"extra\": 1}"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).hasSize(4));
    }

    @Test
    void write_partialSummaries_includesTheNextPayload() {
        StageRequest request = StageRequest.of("nfe-sales", Stage.ALL);
        RunSummary partial = new RunSummary("nfe-sales", "transform", 10, 9, 1, 0, 0, 4096, List.of("b1"),
                Duration.ofSeconds(3), new Checkpoint(Map.of("stage", "transform", "transform.next", "b2")));

        String json = StagePayloads.write(request, List.of(partial));

        assertThat(json).contains("\"partial\" : true", "\"next\" : {", "\"transform.next\" : \"b2\"",
                "\"quarantined\" : 1", "\"duration\" : \"PT3S\"");
    }

    @Test
    void next_whenEveryStageFinished_isEmpty() {
        RunSummary done = new RunSummary("nfe-sales", "extract", 1, 1, 0, 0, 0, 10, List.of("b1"), Duration.ZERO,
                Checkpoint.empty());

        assertThat(StagePayloads.next(StageRequest.of("nfe-sales", Stage.EXTRACT), List.of(done))).isEmpty();
    }
}
