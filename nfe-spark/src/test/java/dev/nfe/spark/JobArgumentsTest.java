package dev.nfe.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {

    @Test
    void parse_glueArguments_keepsOursAndIgnoresTheHosts() {
        JobArguments arguments = JobArguments.parse("--JOB_NAME", "nfe-transform-spark", "--config",
                "s3://artifacts/nfe-sales.yaml", "--TempDir", "s3://tmp/", "--pipeline", "nfe-sales",
                "--batch-ids", "20260105-000001, 20260105-000002,", "--job-bookmark-option", "job-bookmark-disable");

        assertThat(arguments).isEqualTo(new JobArguments("s3://artifacts/nfe-sales.yaml", Optional.of("nfe-sales"),
                List.of("20260105-000001", "20260105-000002"), Optional.empty()));
    }

    @Test
    void parse_nameEqualsValue_readsTheValue() {
        assertThat(JobArguments.parse("--config=pipeline.yaml", "--master=local[2]"))
                .extracting(JobArguments::config, JobArguments::master)
                .containsExactly("pipeline.yaml", Optional.of("local[2]"));
    }

    @Test
    void parse_withoutConfigOrValue_namesTheArgument() {
        assertThatThrownBy(() -> JobArguments.parse("--pipeline", "nfe-sales"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--config");
        assertThatThrownBy(() -> JobArguments.parse("--config"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--config has no value");
        assertThatThrownBy(() -> JobArguments.parse("pipeline.yaml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pipeline.yaml");
    }
}
