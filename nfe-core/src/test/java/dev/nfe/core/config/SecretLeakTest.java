package dev.nfe.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nfe.core.config.PipelineConfigLoader.Format;
import dev.nfe.core.runtime.CapturedStandardError;
import dev.nfe.core.runtime.LogNotifierFactory;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.RunSummary;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs configurations holding one known secret and looks for it everywhere it could leak. */
class SecretLeakTest {

    private static final String SECRET = "Zq8-known-secret-value-41";

    private static final Map<String, String> ENVIRONMENT = Map.of(
            "NFE_API_TOKEN", SECRET,
            "DB_PASSWORD", SECRET,
            "PLAIN", "not-secret");

    private static final String CONFIG = PipelineConfigLoaderTest.DESIGN_EXAMPLE
            .replace("url: embedded", "url: embedded\n  password: '${secret:db-password}'");

    private final PipelineConfigLoader loader = ExamplePlugins.loader(ENVIRONMENT);

    @Test
    void parse_resolvedSecrets_appearInNoToString() {
        PipelineConfig config = loader.parse(CONFIG, Format.YAML);
        ConfigValues extract = config.extract().orElseThrow().section().bind(ExamplePlugins.HTTP);
        ConfigValues load = config.load().orElseThrow().section().bind(ExamplePlugins.JDBC);

        assertThat(extract.section("auth").secret("value").reveal()).isEqualTo("Bearer " + SECRET);
        assertThat(load.secret("password").reveal()).isEqualTo(SECRET);
        assertThat(List.of(config, config.extract().orElseThrow(), config.extract().orElseThrow().section(), config.load().orElseThrow(),
                        extract, extract.section("auth"), load))
                .allSatisfy(value -> assertThat(value.toString()).doesNotContain(SECRET));
    }

    @Test
    void parse_literalValueOfSensitiveKey_appearsInNoToString() {
        PipelineConfig config = loader.parse(CONFIG.replace("'${secret:db-password}'", SECRET), Format.YAML);

        assertThat(config.toString()).doesNotContain(SECRET).contains("password=[hidden]");
        assertThat(config.load().orElseThrow().section().bind(ExamplePlugins.JDBC).toString())
                .doesNotContain(SECRET);
    }

    @Test
    void parse_secretInBadValues_appearsInNoProblem() {
        String bad = CONFIG
                .replace("maxAttempts: 6", "maxAttempts: '${secret:nfe-api-token}'")
                .replace("url: https://api.example.com/v1/nfe", "url: '${secret:nfe-api-token}'")
                .replace("dialect: postgresql", "dialect: '${secret:db-password}'")
                .replace("style: cursor", "style: '${env:PLAIN}'")
                .replace("pipeline: nfe-sales", "pipeline: '${secret:nfe-api-token}'");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.parse(bad, Format.YAML));

        assertThat(e.problems()).containsExactly(
                "pipeline: must match [a-z0-9-]+, was [hidden]",
                "extract.url: must be an absolute http or https URL, was [hidden]",
                "extract.pagination.style: must be one of [cursor, page], was 'not-secret'",
                "extract.retry.maxAttempts: must be an integer, was [hidden]",
                "load.dialect: must be one of [postgresql, redshift], was [hidden]");
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void loadAndNotify_withSecrets_logNoSecret() {
        String logged;
        try (CapturedStandardError err = CapturedStandardError.start()) {
            PipelineConfig config = loader.parse(CONFIG, Format.YAML);
            new LogNotifierFactory()
                    .create(config.notifier().section(), new PluginContext(config.name(), Clock.systemUTC(),
                            name -> Optional.empty()))
                    .notify(new Notification(config.name(), "extract", Notification.Outcome.FAILED,
                            new RunSummary(config.name(), "extract", 1, 0, 0, 0, 0, 10, List.of(), Duration.ZERO,
                                    Checkpoint.empty()),
                            Optional.of("Cannot reach " + config.extract().orElseThrow().section().string("url").orElseThrow())));
            logged = err.text();
        }

        assertThat(logged).contains("Loaded configuration of pipeline nfe-sales").contains("ERROR");
        assertThat(logged).doesNotContain(SECRET);
    }
}
