package dev.nfe.aws.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Selecting the provider with {@code -Dslf4j.provider}: a fresh JVM, with another binding on its class path too. */
class JsonLogSelectionTest {

    /** Logs one line inside a stage's MDC, as the runtime does. */
    public static void main(String[] args) {
        MDC.put("pipeline", "daily");
        MDC.put("stage", "load");
        MDC.put("batch", "daily.b7");
        LoggerFactory.getLogger("dev.nfe.core.runtime.LoadStage").info("Loaded batch {}", "daily.b7");
        MDC.clear();
    }

    @Test
    void slf4jProviderProperty_selectsJsonLinesOverTheDiscoveredBinding() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(),
                "-Dslf4j.provider=" + JsonLogProvider.class.getName(),
                "-cp", System.getProperty("java.class.path"), JsonLogSelectionTest.class.getName()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String last = stderr.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b).orElseThrow();
        JsonNode line = new ObjectMapper().readTree(last);
        assertThat(line.get("message").asText()).isEqualTo("Loaded batch daily.b7");
        assertThat(line.get("pipeline").asText()).isEqualTo("daily");
        assertThat(line.get("stage").asText()).isEqualTo("load");
        assertThat(line.get("batch").asText()).isEqualTo("daily.b7");
    }
}
