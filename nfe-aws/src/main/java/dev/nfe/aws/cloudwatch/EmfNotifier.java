package dev.nfe.aws.cloudwatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.Notifier;
import dev.nfe.core.spi.RunSummary;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code emf} notifier: each stage outcome becomes one line of CloudWatch Embedded Metric Format, then goes on to
 * the notifier it forwards to. The line holds the metrics {@code Documents}, {@code Written}, {@code Quarantined},
 * {@code Duplicates}, {@code Warnings}, {@code Bytes}, {@code Duration} and {@code Failures} (1 when the stage
 * failed, else 0), under the dimension sets {@code [pipeline, stage]} and {@code [pipeline]}, with the properties
 * {@code outcome}, {@code batch} (the ids of the batches the run committed), {@code partial} and, for a failure,
 * {@code error}. Never document content or secrets.
 */
final class EmfNotifier implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(EmfNotifier.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String namespace;
    private final Clock clock;
    private final Consumer<String> lines;
    private final Notifier forward;

    /**
     * @param namespace the CloudWatch namespace of the metrics
     * @param clock stamps each line
     * @param lines where each line goes (standard output in Lambda)
     * @param forward the notifier that hears every outcome after the line is written
     */
    EmfNotifier(String namespace, Clock clock, Consumer<String> lines, Notifier forward) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lines = Objects.requireNonNull(lines, "lines");
        this.forward = Objects.requireNonNull(forward, "forward");
    }

    @Override
    public void notify(Notification notification) {
        try {
            lines.accept(JSON.writeValueAsString(line(notification)));
        } catch (JsonProcessingException | RuntimeException e) {
            log.error("Cannot write the metrics of stage {} of pipeline {}", notification.stage(),
                    notification.pipeline(), e);
        }
        forward.notify(notification);
    }

    private ObjectNode line(Notification notification) {
        RunSummary summary = notification.summary();
        ObjectNode line = JSON.createObjectNode();
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", clock.millis());
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", namespace);
        ArrayNode dimensions = directive.putArray("Dimensions");
        dimensions.addArray().add("pipeline").add("stage");
        dimensions.addArray().add("pipeline");
        ArrayNode metrics = directive.putArray("Metrics");
        for (Metric metric : Metric.values()) {
            metrics.addObject().put("Name", metric.name).put("Unit", metric.unit);
        }
        line.put("pipeline", notification.pipeline());
        line.put("stage", notification.stage());
        line.put("outcome", notification.outcome().name());
        ArrayNode batches = line.putArray("batch");
        summary.batchIds().forEach(batches::add);
        line.put("partial", summary.isPartial());
        notification.error().ifPresent(error -> line.put("error", error));
        line.put(Metric.DOCUMENTS.name, summary.seen());
        line.put(Metric.WRITTEN.name, summary.written());
        line.put(Metric.QUARANTINED.name, summary.quarantined());
        line.put(Metric.DUPLICATES.name, summary.duplicates());
        line.put(Metric.WARNINGS.name, summary.warnings());
        line.put(Metric.BYTES.name, summary.bytes());
        line.put(Metric.DURATION.name, summary.duration().toMillis());
        line.put(Metric.FAILURES.name, notification.outcome() == Notification.Outcome.FAILED ? 1 : 0);
        return line;
    }

    @Override
    public String toString() {
        return "EmfNotifier[namespace=" + namespace + ", forward=" + forward + "]";
    }

    /** The metrics of a line, with their CloudWatch units. */
    enum Metric {
        DOCUMENTS("Documents", "Count"),
        WRITTEN("Written", "Count"),
        QUARANTINED("Quarantined", "Count"),
        DUPLICATES("Duplicates", "Count"),
        WARNINGS("Warnings", "Count"),
        BYTES("Bytes", "Bytes"),
        DURATION("Duration", "Milliseconds"),
        FAILURES("Failures", "Count");

        final String name;
        final String unit;

        Metric(String name, String unit) {
            this.name = name;
            this.unit = unit;
        }
    }
}
