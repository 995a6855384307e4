package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding examples, as written there, against a real configuration. */
class EmbeddingExampleTest {

    @TempDir
    Path directory;

    @Test
    void readmeSnippet_runsTheTransformStageFromAConfigurationFile() throws IOException {
        Path config = configWithDocuments(5);
        Pipeline extract = Pipeline.fromConfig(PipelineConfigLoader.create().load(config));
        extract.run(extract.request(Stage.EXTRACT));

        Pipeline pipeline = Pipeline.fromConfig(PipelineConfigLoader.create().load(config));
        RunSummary summary = pipeline.run(pipeline.request(Stage.TRANSFORM).withTimeBudget(Duration.ofMinutes(14)));

        assertThat(summary.written()).isEqualTo(5);
        assertThat(StagePayloads.write(summary)).contains("\"stage\" : \"transform\"", "\"written\" : 5");
    }

    @Test
    void payloadHost_runsTheRequestedStagesAndAnswersWithTheirSummaries() throws IOException {
        Pipeline pipeline = Pipeline.fromConfig(PipelineConfigLoader.create().load(configWithDocuments(3)));

        StageRequest request = StagePayloads.readRequest(
                "{\"pipeline\": \"nfe-embedded\", \"stage\": \"all\", \"timeBudget\": \"PT14M\"}");
        List<RunSummary> summaries = pipeline.runStages(request, ProgressListener.NONE);
        String response = StagePayloads.write(request, summaries);

        assertThat(summaries).extracting(RunSummary::written).containsExactly(3L, 3L);
        assertThat(response).contains("\"partial\" : false").doesNotContain("\"next\"");
    }

    @Test
    void fromConfig_loadOfAnAbsentPlugin_failsAtStartUpNamingTheKey() throws IOException {
        Path config = configWithDocuments(0);
        Files.writeString(config, Files.readString(config) + "load: { type: jdbc, url: embedded }\n");

        assertThatThrownBy(() -> PipelineConfigLoader.create().load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("load.type: unknown loader type 'jdbc', no loader plugin is on the class path");
    }

    private Path configWithDocuments(int documents) throws IOException {
        NfeGenerator.seeded(11).writeTo(directory.resolve("input"), documents);
        Path config = directory.resolve("pipeline.yaml");
        Files.writeString(config, """
                pipeline: nfe-embedded
                storage: { type: local, root: %s }
                extract: { type: folder, path: %s }
                transform: { deserializer: nfe-xml }
                """.formatted(directory.resolve("lake"), directory.resolve("input")));
        return config;
    }
}
