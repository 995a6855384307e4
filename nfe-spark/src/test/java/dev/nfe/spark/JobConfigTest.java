package dev.nfe.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigTest {
    private static final String PIPELINE = """
            pipeline: nfe-sales
            storage: { type: local, root: %s }
            extract: { type: no-such-extractor }
            transform: { deserializer: nfe-xml, writer: %s, catalog: none }
            load: { type: no-such-loader, password: "${secret:absent}" }
            """;

    @TempDir
    Path lake;

    @Test
    void parse_pipelineWithExtractAndLoad_keepsWhatTheTransformNeedsOnlyOnTheExecutorsToo() {
        JobConfig config = JobConfig.parse(PIPELINE.formatted(lake, "parquet"), "pipeline.yaml");

        assertThat(config.config().name()).isEqualTo("nfe-sales");
        assertThat(config.config().extract()).isEmpty();
        assertThat(config.config().load()).isEmpty();
        assertThat(ExecutorPipelines.of(config.text(), config.source()).name()).isEqualTo("nfe-sales");
    }

    @Test
    void parse_icebergWriter_isWrittenByTheJob() {
        JobConfig config = JobConfig.parse(PIPELINE.formatted(lake, "{ type: iceberg }"), "pipeline.yaml");

        assertThat(config.config().transform().writer().type()).isEqualTo("iceberg");
    }

    @Test
    void requireIcebergRuntime_clusterWithoutIceberg_failsNamingTheKeyAndWhatToAdd() throws IOException {
        JobConfig iceberg = JobConfig.parse(PIPELINE.formatted(lake, "{ type: iceberg }"), "pipeline.yaml");
        try (URLClassLoader withoutIceberg = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> iceberg.requireIcebergRuntime(withoutIceberg))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("transform.writer.type")
                    .hasMessageContaining("iceberg-spark-runtime-3.5_2.12");
        }
    }

    @Test
    void requireIcebergRuntime_icebergOnTheClasspathOrParquetSilver_passes() throws IOException {
        JobConfig iceberg = JobConfig.parse(PIPELINE.formatted(lake, "{ type: iceberg }"), "pipeline.yaml");
        JobConfig parquet = JobConfig.parse(PIPELINE.formatted(lake, "parquet"), "pipeline.yaml");

        iceberg.requireIcebergRuntime(getClass().getClassLoader());
        try (URLClassLoader withoutIceberg = new URLClassLoader(new URL[0], null)) {
            parquet.requireIcebergRuntime(withoutIceberg);
        }
        assertThat(iceberg.writesIcebergTables()).isTrue();
        assertThat(parquet.writesIcebergTables()).isFalse();
    }

    @Test
    void parse_writerTheJobDoesNotWrite_failsNamingTheKey() {
        assertThatThrownBy(() -> JobConfig.parse(PIPELINE.formatted(lake, "copying"), "pipeline.yaml"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("transform.writer.type");
    }

    @Test
    void parse_notAMapping_failsNamingTheSource() {
        assertThatThrownBy(() -> JobConfig.parse("- a\n- b\n", "pipeline.yaml"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("pipeline.yaml");
    }

    @Test
    void parse_duplicateKeyOrBadSyntax_failsWithoutQuotingTheText() {
        assertThatThrownBy(() -> JobConfig.parse("pipeline: a\npipeline: b\n", "pipeline.yaml"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("pipeline.yaml");
        assertThatThrownBy(() -> JobConfig.parse("pipeline: a\npassword: [s3cr3t-literal\n", "pipeline.yaml"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("pipeline.yaml")
                .hasMessageNotContaining("s3cr3t-literal");
    }
}
