package dev.nfe.core.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.RunSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The JSON form of stage payloads, as Airflow tasks and Lambda functions exchange them: a {@link StageRequest} in, the
 * {@link RunSummary}s out. Times are ISO-8601 ({@code 2026-01-05T10:14:00Z}, {@code PT14M}), dates
 * {@code 2026-01-05}:
 *
 * <pre>{@code
 * {"pipeline": "nfe-sales", "stage": "transform", "config": "s3://lake/conf/pipeline.yaml",
 *  "batchIds": [], "window": {"from": "2026-01-01", "to": "2026-01-05"},
 *  "continuation": {}, "deadline": "2026-01-05T10:14:00Z", "timeBudget": "PT14M"}
 * }</pre>
 *
 * Only {@code pipeline} and {@code stage} are required. A payload with an unknown key or a bad value fails with a
 * {@link ConfigException} naming the key, like a bad configuration. Thread-safe.
 */
public final class StagePayloads {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final Set<String> REQUEST_KEYS = Set.of("pipeline", "stage", "config", "batchIds", "window",
            "continuation", "deadline", "timeBudget", "silverAsOf");

    private StagePayloads() {
    }

    /**
     * Reads a request payload.
     *
     * @throws ConfigException listing every problem, each with its key ({@code payload.deadline: …})
     */
    public static StageRequest readRequest(String json) {
        return request(tree(json));
    }

    /**
     * Reads a request payload from {@code input}, UTF-8 JSON read to its end and not closed, as a Lambda
     * {@code RequestStreamHandler} receives it (the JSON object itself, never a JSON string holding it).
     *
     * @throws ConfigException listing every problem, each with its key
     * @throws NfeException if the stream cannot be read
     */
    public static StageRequest readRequest(InputStream input) {
        return request(tree(input));
    }

    /**
     * Reads the payload of a host that runs only {@code stage} (a Lambda function of one stage): the payload may
     * leave {@code stage} out, and when it gives one, it must be {@code stage}.
     *
     * @throws ConfigException listing every problem, each with its key ({@code payload.stage: …})
     * @throws NfeException if the stream cannot be read
     */
    public static StageRequest readRequest(InputStream input, Stage stage) {
        JsonNode root = tree(input);
        JsonNode given = root.get("stage");
        if (given == null || given.isNull()) {
            ((ObjectNode) root).put("stage", stage.id());
        } else if (given.isTextual() && !given.asText().trim().equalsIgnoreCase(stage.id())) {
            throw new ConfigException("payload.stage: this host runs stage " + stage.id() + " only, was '"
                    + given.asText() + "'");
        }
        return request(root);
    }

    private static StageRequest request(JsonNode root) {
        List<String> problems = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!REQUEST_KEYS.contains(name)) {
                problems.add("payload." + name + ": unknown key, expected one of " + new TreeSet<>(REQUEST_KEYS));
            }
        }
        Optional<String> pipeline = text(root, "pipeline", problems, Function.identity());
        if (pipeline.isEmpty() && !root.has("pipeline")) {
            problems.add("payload.pipeline: required key is missing");
        }
        Optional<Stage> stage = text(root, "stage", problems, Stage::of);
        if (stage.isEmpty() && !root.has("stage")) {
            problems.add("payload.stage: required key is missing");
        }
        Optional<String> config = text(root, "config", problems, Function.identity());
        List<String> batchIds = strings(root, "batchIds", problems);
        Optional<IngestWindow> window = window(root, problems);
        Checkpoint continuation = checkpoint(root.get("continuation"), "payload.continuation", problems);
        Optional<Instant> deadline = text(root, "deadline", problems, Instant::parse);
        Optional<Duration> budget = text(root, "timeBudget", problems, Duration::parse);
        Optional<Instant> silverAsOf = text(root, "silverAsOf", problems, Instant::parse);
        if (budget.filter(Duration::isNegative).isPresent()) {
            problems.add("payload.timeBudget: must not be negative, was '" + budget.get() + "'");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new StageRequest(pipeline.orElseThrow(), stage.orElseThrow(), config, batchIds, window, continuation,
                deadline, budget, silverAsOf);
    }

    /** The JSON of {@code request}, readable by {@link #readRequest}. */
    public static String write(StageRequest request) {
        ObjectNode root = JSON.createObjectNode();
        root.put("pipeline", request.pipeline());
        root.put("stage", request.stage().id());
        request.config().ifPresent(config -> root.put("config", config));
        ArrayNode ids = root.putArray("batchIds");
        request.batchIds().forEach(ids::add);
        request.window().ifPresent(window -> root.putObject("window")
                .put("from", window.from().toString())
                .put("to", window.to().toString()));
        putCheckpoint(root, "continuation", request.continuation());
        request.deadline().ifPresent(deadline -> root.put("deadline", deadline.toString()));
        request.timeBudget().ifPresent(budget -> root.put("timeBudget", budget.toString()));
        request.silverAsOf().ifPresent(asOf -> root.put("silverAsOf", asOf.toString()));
        return json(root);
    }

    /**
     * The JSON of the summaries of one invocation: {@code {"summaries": [...], "partial": …, "next": {…}}}, where
     * {@code next} is the payload of the invocation that resumes the work, present only when a stage stopped at its
     * deadline.
     */
    public static String write(StageRequest request, List<RunSummary> summaries) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("summaries");
        summaries.forEach(summary -> array.add(summaryNode(summary)));
        Optional<StageRequest> next = next(request, summaries);
        root.put("partial", next.isPresent());
        next.ifPresent(resume -> root.set("next", tree(write(resume))));
        return json(root);
    }

    /**
     * Writes the JSON of the summaries of one invocation, as {@link #write(StageRequest, List)} gives it, to
     * {@code output} in UTF-8; the stream is flushed, not closed.
     *
     * @throws NfeException if the stream cannot be written
     */
    public static void write(StageRequest request, List<RunSummary> summaries, OutputStream output) {
        try {
            output.write(write(request, summaries).getBytes(StandardCharsets.UTF_8));
            output.flush();
        } catch (IOException e) {
            throw new NfeException("Cannot write the response payload: " + e.getMessage(), e);
        }
    }

    /** The JSON of one stage's summary. */
    public static String write(RunSummary summary) {
        return json(summaryNode(summary));
    }

    /**
     * The request that resumes the work of {@code request} after it returned {@code summaries}: the same request with
     * the continuation of the stage that stopped at its deadline; empty when every stage finished.
     */
    public static Optional<StageRequest> next(StageRequest request, List<RunSummary> summaries) {
        return summaries.stream()
                .filter(RunSummary::isPartial)
                .findFirst()
                .map(partial -> request.withContinuation(partial.continuation()));
    }

    private static ObjectNode summaryNode(RunSummary summary) {
        ObjectNode node = JSON.createObjectNode();
        node.put("pipeline", summary.pipeline());
        node.put("stage", summary.stage());
        node.put("seen", summary.seen());
        node.put("written", summary.written());
        node.put("quarantined", summary.quarantined());
        node.put("duplicates", summary.duplicates());
        node.put("warnings", summary.warnings());
        node.put("bytes", summary.bytes());
        ArrayNode ids = node.putArray("batchIds");
        summary.batchIds().forEach(ids::add);
        node.put("duration", summary.duration().toString());
        node.put("partial", summary.isPartial());
        putCheckpoint(node, "continuation", summary.continuation());
        return node;
    }

    private static void putCheckpoint(ObjectNode parent, String name, Checkpoint checkpoint) {
        ObjectNode node = parent.putObject(name);
        checkpoint.values().forEach(node::put);
    }

    private static JsonNode tree(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw unparsable(e);
        }
        return object(root);
    }

    private static JsonNode tree(InputStream input) {
        JsonNode root;
        try {
            root = JSON.readTree(input);
        } catch (JsonProcessingException e) {
            throw unparsable(e);
        } catch (IOException e) {
            throw new NfeException("Cannot read the request payload: " + e.getMessage(), e);
        }
        return object(root);
    }

    private static ConfigException unparsable(JsonProcessingException e) {
        return new ConfigException("payload: cannot parse JSON at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    }

    private static JsonNode object(JsonNode root) {
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new ConfigException("payload: must be a JSON object with pipeline and stage");
        }
        return root;
    }

    private static <T> Optional<T> text(JsonNode root, String key, List<String> problems, Function<String, T> parse) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            problems.add("payload." + key + ": must be a string, was " + node);
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(node.asText()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add("payload." + key + ": " + expectation(key) + ", was '" + node.asText() + "'");
            return Optional.empty();
        }
    }

    private static String expectation(String key) {
        return switch (key) {
            case "stage" -> "must be one of extract, transform, load, all";
            case "deadline", "silverAsOf" -> "must be an ISO-8601 instant such as 2026-01-05T10:14:00Z";
            case "timeBudget" -> "must be an ISO-8601 duration such as PT14M";
            case "from", "to" -> "must be a date such as 2026-01-05";
            default -> "must be a string";
        };
    }

    private static List<String> strings(JsonNode root, String key, List<String> problems) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (!node.isArray()) {
            problems.add("payload." + key + ": must be a list of strings, was " + node);
            return List.of();
        }
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isTextual()) {
                values.add(node.get(i).asText());
            } else {
                problems.add("payload." + key + "[" + i + "]: must be a string, was " + node.get(i));
            }
        }
        return values;
    }

    private static Optional<IngestWindow> window(JsonNode root, List<String> problems) {
        JsonNode node = root.get("window");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            problems.add("payload.window: must be an object with from and to, was " + node);
            return Optional.empty();
        }
        Optional<LocalDate> from = dateOf(node, "from", problems);
        Optional<LocalDate> to = dateOf(node, "to", problems);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (to.get().isBefore(from.get())) {
            problems.add("payload.window: to must not be before from, was " + from.get() + ".." + to.get());
            return Optional.empty();
        }
        return Optional.of(new IngestWindow(from.get(), to.get()));
    }

    private static Optional<LocalDate> dateOf(JsonNode window, String key, List<String> problems) {
        JsonNode node = window.get(key);
        if (node == null || !node.isTextual()) {
            problems.add("payload.window." + key + ": must be a date such as 2026-01-05, was " + node);
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.asText()));
        } catch (DateTimeParseException e) {
            problems.add("payload.window." + key + ": must be a date such as 2026-01-05, was '" + node.asText() + "'");
            return Optional.empty();
        }
    }

    private static Checkpoint checkpoint(JsonNode node, String path, List<String> problems) {
        if (node == null || node.isNull()) {
            return Checkpoint.empty();
        }
        if (!node.isObject()) {
            problems.add(path + ": must be an object of strings, was " + node);
            return Checkpoint.empty();
        }
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getValue().isTextual()) {
                values.put(field.getKey(), field.getValue().asText());
            } else {
                problems.add(path + "." + field.getKey() + ": must be a string, was " + field.getValue());
            }
        }
        return new Checkpoint(values);
    }

    private static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }
}
