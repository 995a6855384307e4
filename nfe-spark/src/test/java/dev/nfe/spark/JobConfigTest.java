package dev.nfe.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import org.junit.jupiter.api.Test;

class JobConfigTest {
    private static final String PIPELINE = """
            pipeline: nfe-sales
            storage: { type: local, root: /tmp/lake }
            extract: { type: no-such-extractor }
            transform: { deserializer: nfe-xml, writer: %s, catalog: none }
            load: { type: no-such-loader, password: "${secret:absent}" }
            """;

    @Test
    void parse_pipelineWithExtractAndLoad_keepsWhatTheTransformNeedsOnly() {
        JobConfig config = JobConfig.parse(PIPELINE.formatted("parquet"), "pipeline.yaml");

        assertThat(config.config().name()).isEqualTo("nfe-sales");
        assertThat(config.config().extract()).isEmpty();
        assertThat(config.config().load()).isEmpty();
        assertThat(config.json()).doesNotContain("no-such").contains("\"writer\":\"parquet\"");
    }

    @Test
    void parse_writerTheJobDoesNotWrite_failsNamingTheKey() {
        assertThatThrownBy(() -> JobConfig.parse(PIPELINE.formatted("iceberg"), "pipeline.yaml"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("transform.writer.type");
    }

    @Test
    void parse_notAMapping_failsNamingTheSource() {
        assertThatThrownBy(() -> JobConfig.parse("- a\n- b\n", "pipeline.yaml"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("pipeline.yaml");
    }
}
