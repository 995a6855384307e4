package dev.nfe.aws.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class JsonLogProviderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @AfterEach
    void clearLevel() {
        System.clearProperty(JsonLogProvider.LEVEL_PROPERTY);
    }

    private JsonLogProvider provider() {
        JsonLogProvider provider = new JsonLogProvider(new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK);
        provider.initialize();
        return provider;
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void info_insideAStage_writesOneJsonLineWithThePipelineStageAndBatchOfTheMdc() throws Exception {
        JsonLogProvider provider = provider();
        provider.getMDCAdapter().put("pipeline", "daily");
        provider.getMDCAdapter().put("stage", "transform");
        provider.getMDCAdapter().put("batch", "daily.b1");
        Logger log = provider.getLoggerFactory().getLogger("dev.nfe.core.runtime.TransformStage");

        log.info("Committed silver batch {} documents={}", "daily.b1", 3);
        provider.getMDCAdapter().clear();

        JsonNode line = lines().get(0);
        assertThat(line.get("time").asText()).isEqualTo("2026-01-02T10:00:00Z");
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("logger").asText()).isEqualTo("dev.nfe.core.runtime.TransformStage");
        assertThat(line.get("message").asText()).isEqualTo("Committed silver batch daily.b1 documents=3");
        assertThat(line.get("pipeline").asText()).isEqualTo("daily");
        assertThat(line.get("stage").asText()).isEqualTo("transform");
        assertThat(line.get("batch").asText()).isEqualTo("daily.b1");
    }

    @Test
    void error_withException_writesClassMessageAndStackTraceInTheSameLine() throws Exception {
        Logger log = provider().getLoggerFactory().getLogger("test");

        log.error("Cannot load batch {}", "b1", new IllegalStateException("line\nbreak \"quoted\""));

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("message").asText()).isEqualTo("Cannot load batch b1");
        assertThat(lines.get(0).get("error").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(lines.get(0).get("errorMessage").asText()).isEqualTo("line\nbreak \"quoted\"");
        assertThat(lines.get(0).get("stackTrace").asText()).contains("JsonLogProviderTest");
    }

    @Test
    void debug_belowTheDefaultLevel_isNotWritten() throws Exception {
        Logger log = provider().getLoggerFactory().getLogger("test");

        log.debug("hidden");
        log.warn("shown");

        assertThat(lines()).extracting(line -> line.get("message").asText()).containsExactly("shown");
        assertThat(log.isDebugEnabled()).isFalse();
    }

    @Test
    void levelProperty_debug_writesDebug() throws Exception {
        System.setProperty(JsonLogProvider.LEVEL_PROPERTY, "debug");
        Logger log = provider().getLoggerFactory().getLogger("test");

        log.debug("now shown");

        assertThat(lines()).extracting(line -> line.get("level").asText()).containsExactly("DEBUG");
    }
}
