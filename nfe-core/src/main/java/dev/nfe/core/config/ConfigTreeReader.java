package dev.nfe.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.nfe.core.spi.ConfigException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML or JSON configuration document into plain values: ordered immutable maps, lists, strings, numbers and
 * booleans. Keys set to null are dropped, so they count as absent. Duplicate keys are an error, and parse errors never
 * quote the source text.
 */
final class ConfigTreeReader {
    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private final ObjectMapper json = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /**
     * The root section of {@code text}.
     *
     * @param source names the document in messages (a file name, or {@code config})
     * @throws ConfigException if the text does not parse or its root is not a section
     */
    Map<String, Object> read(String text, PipelineConfigLoader.Format format, String source) {
        JsonNode root;
        try {
            root = (format == PipelineConfigLoader.Format.JSON ? json : yaml).readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + ": cannot parse " + format + syntaxProblem(e));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ConfigException(source + ": must be a section with the pipeline's keys, was empty");
        }
        if (!root.isObject()) {
            throw new ConfigException(source + ": must be a section with the pipeline's keys, was "
                    + (root.isArray() ? "a list" : "a value"));
        }
        @SuppressWarnings("unchecked") // an object node converts to a map
        Map<String, Object> values = (Map<String, Object>) plain(root);
        return values;
    }

    /**
     * Where and why {@code e} failed, in one line. The parser's own message quotes the source around the error, which
     * may hold a literal secret, so neither it nor the exception is kept.
     */
    private static String syntaxProblem(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                return " at line " + (yaml.getProblemMark().getLine() + 1) + ", column "
                        + (yaml.getProblemMark().getColumn() + 1) + ": " + firstLine(yaml.getProblem());
            }
        }
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column "
                + location.getColumnNr();
        return where + ": " + firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String text) {
        String value = text == null ? "syntax error" : text.strip();
        int end = value.indexOf('\n');
        return end < 0 ? value : value.substring(0, end).strip();
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getValue().isNull()) {
                    map.put(field.getKey(), plain(field.getValue()));
                }
            }
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            // a null element stays null, for the binder to report as empty
            node.forEach(element -> list.add(element.isNull() ? null : plain(element)));
            return Collections.unmodifiableList(list);
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }
}
