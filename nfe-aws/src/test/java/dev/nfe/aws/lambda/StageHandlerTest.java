package dev.nfe.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nfe.aws.testing.FixedTimeContext;
import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.spi.ConfigException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageHandlerTest {
    private static final int FIFTEEN_MINUTES = 15 * 60 * 1000;

    @TempDir
    Path directory;

    private Path configWithDocuments(int documents) throws IOException {
        NfeGenerator.seeded(7).writeTo(directory.resolve("input"), documents);
        Path config = directory.resolve("pipeline.yaml");
        Files.writeString(config, """
                pipeline: nfe-lambda
                storage: { type: local, root: %s }
                extract: { type: folder, path: %s }
                transform: { deserializer: nfe-xml }
                """.formatted(directory.resolve("lake"), directory.resolve("input")));
        return config;
    }

    private static String invoke(StageHandler handler, String payload, int remainingMillis) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), output,
                new FixedTimeContext(remainingMillis));
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void handleRequest_allStages_answersWithExtractAndTransformSummaries() throws IOException {
        Pipeline pipeline = Pipeline.fromConfig(PipelineConfigLoader.create().load(configWithDocuments(3)));

        String response = invoke(new StageHandler(pipeline),
                "{\"pipeline\": \"nfe-lambda\", \"stage\": \"all\"}", FIFTEEN_MINUTES);

        assertThat(response).contains("\"stage\" : \"extract\"", "\"stage\" : \"transform\"", "\"written\" : 3",
                "\"partial\" : false").doesNotContain("\"next\"");
    }

    @Test
    void handleRequest_configInPayload_runsThatConfiguration() throws IOException {
        assumeTrue(System.getenv(StageHandler.CONFIG_ENV) == null, "NFE_CONFIG is set");
        Path config = configWithDocuments(2);

        String response = invoke(new StageHandler(), "{\"pipeline\": \"nfe-lambda\", \"stage\": \"extract\", "
                + "\"config\": \"" + config.toString().replace("\\", "\\\\") + "\"}", FIFTEEN_MINUTES);

        assertThat(response).contains("\"stage\" : \"extract\"", "\"written\" : 2");
    }

    @Test
    void handleRequest_noConfigAnywhere_failsNamingPayloadKey() {
        assumeTrue(System.getenv(StageHandler.CONFIG_ENV) == null, "NFE_CONFIG is set");
        assertThatThrownBy(() -> invoke(new StageHandler(),
                "{\"pipeline\": \"nfe-lambda\", \"stage\": \"extract\"}", FIFTEEN_MINUTES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("payload.config: required key is missing");
    }

    @Test
    void handleRequest_badPayload_failsNamingKey() throws IOException {
        Pipeline pipeline = Pipeline.fromConfig(PipelineConfigLoader.create().load(configWithDocuments(0)));

        assertThatThrownBy(() -> invoke(new StageHandler(pipeline),
                "{\"pipeline\": \"nfe-lambda\", \"stage\": \"bake\"}", FIFTEEN_MINUTES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("payload.stage");
    }

    @Test
    void handleRequest_remainingTimeWithinMargin_stopsAtDeadlineWithNextPayload() throws IOException {
        Pipeline pipeline = Pipeline.fromConfig(PipelineConfigLoader.create().load(configWithDocuments(3)));

        String response = invoke(new StageHandler(pipeline),
                "{\"pipeline\": \"nfe-lambda\", \"stage\": \"extract\"}", 5_000);

        assertThat(response).contains("\"partial\" : true", "\"next\"");
    }
}
