package dev.nfe.aws.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.Notification.Outcome;
import dev.nfe.core.spi.Notifier;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.RunSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parses the lines the notifier writes and checks them against the Embedded Metric Format specification. */
class EmfNotifierTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC);

    private final List<String> lines = new ArrayList<>();
    private final List<Notification> forwarded = new ArrayList<>();
    private final EmfNotifier notifier = new EmfNotifier("nfe-pipeline", CLOCK, lines::add, forwarded::add);

    private static Notification notification(Outcome outcome, Optional<String> error) {
        RunSummary summary = new RunSummary("daily", "transform", 10, 7, 2, 1, 3, 4096,
                List.of("daily.b1", "daily.b2"), Duration.ofMillis(1500), Checkpoint.empty());
        return new Notification("daily", "transform", outcome, summary, error);
    }

    private JsonNode onlyLine() throws Exception {
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).doesNotContain("\n");
        return JSON.readTree(lines.get(0));
    }

    @Test
    void notify_succeeded_writesOneEmfLineWithNamespaceDimensionsAndMetricDefinitions() throws Exception {
        notifier.notify(notification(Outcome.SUCCEEDED, Optional.empty()));

        JsonNode line = onlyLine();
        assertThat(line.at("/_aws/Timestamp").asLong()).isEqualTo(CLOCK.millis());
        JsonNode directives = line.at("/_aws/CloudWatchMetrics");
        assertThat(directives).hasSize(1);
        JsonNode directive = directives.get(0);
        assertThat(directive.get("Namespace").asText()).isEqualTo("nfe-pipeline");
        assertThat(directive.get("Dimensions").toString()).isEqualTo("[[\"pipeline\",\"stage\"],[\"pipeline\"]]");
        assertThat(directive.get("Metrics").findValuesAsText("Name")).containsExactly(
                "Documents", "Written", "Quarantined", "Duplicates", "Warnings", "Bytes", "Duration", "Failures");
        assertThat(directive.get("Metrics").findValuesAsText("Unit")).containsExactly(
                "Count", "Count", "Count", "Count", "Count", "Bytes", "Milliseconds", "Count");
    }

    @Test
    void notify_succeeded_everyDimensionAndMetricIsAMemberOfTheRootWithItsValue() throws Exception {
        notifier.notify(notification(Outcome.SUCCEEDED, Optional.empty()));

        JsonNode line = onlyLine();
        JsonNode directive = line.at("/_aws/CloudWatchMetrics/0");
        for (JsonNode set : directive.get("Dimensions")) {
            for (JsonNode dimension : set) {
                assertThat(line.get(dimension.asText()).isTextual()).as(dimension.asText()).isTrue();
            }
        }
        for (String metric : directive.get("Metrics").findValuesAsText("Name")) {
            assertThat(line.get(metric).isNumber()).as(metric).isTrue();
        }
        assertThat(line.get("pipeline").asText()).isEqualTo("daily");
        assertThat(line.get("stage").asText()).isEqualTo("transform");
        assertThat(line.get("Documents").asLong()).isEqualTo(10);
        assertThat(line.get("Written").asLong()).isEqualTo(7);
        assertThat(line.get("Quarantined").asLong()).isEqualTo(2);
        assertThat(line.get("Duplicates").asLong()).isEqualTo(1);
        assertThat(line.get("Warnings").asLong()).isEqualTo(3);
        assertThat(line.get("Bytes").asLong()).isEqualTo(4096);
        assertThat(line.get("Duration").asLong()).isEqualTo(1500);
        assertThat(line.get("Failures").asLong()).isZero();
        assertThat(line.get("batch").toString()).isEqualTo("[\"daily.b1\",\"daily.b2\"]");
        assertThat(line.get("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(line.has("error")).isFalse();
    }

    @Test
    void notify_failed_countsOneFailureCarriesTheErrorAndForwards() throws Exception {
        Notification failed = notification(Outcome.FAILED, Optional.of("TransientException: Glue down"));

        notifier.notify(failed);

        JsonNode line = onlyLine();
        assertThat(line.get("Failures").asLong()).isEqualTo(1);
        assertThat(line.get("error").asText()).isEqualTo("TransientException: Glue down");
        assertThat(forwarded).containsExactly(failed);
    }

    @Test
    void notify_lineSinkFails_stillForwards() {
        Notifier failing = new EmfNotifier("nfe-pipeline", CLOCK, line -> {
            throw new IllegalStateException("closed");
        }, forwarded::add);

        failing.notify(notification(Outcome.FAILED, Optional.of("boom")));

        assertThat(forwarded).hasSize(1);
    }

    @Test
    void factory_defaults_namespaceAndLogForward() {
        Notifier built = new EmfNotifierFactory().create(ConfigSection.empty("notify"),
                new PluginContext("daily", CLOCK, name -> Optional.empty()));

        assertThat(built.toString()).startsWith("EmfNotifier[namespace=nfe-pipeline, forward=")
                .contains("LogNotifier");
    }

    @Test
    void factory_forwardToSns_buildsTheNestedNotifier() {
        Notifier built = new EmfNotifierFactory().create(new ConfigSection("notify", Map.of(
                "namespace", "Fiscal/NFe",
                "forward", Map.of("type", "sns", "topicArn", "arn:aws:sns:sa-east-1:123456789012:nfe"))),
                new PluginContext("daily", CLOCK, name -> Optional.empty()));

        assertThat(built.toString()).isEqualTo("EmfNotifier[namespace=Fiscal/NFe, forward=SnsNotifier[topicArn="
                + "arn:aws:sns:sa-east-1:123456789012:nfe, notifyOn=[QUARANTINED, FAILED]]]");
    }
}
