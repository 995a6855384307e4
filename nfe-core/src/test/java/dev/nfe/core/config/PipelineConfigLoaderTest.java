package dev.nfe.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nfe.core.config.PipelineConfigLoader.Format;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.Secret;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineConfigLoaderTest {

    /** The example of DESIGN.md §4, verbatim. */
    static final String DESIGN_EXAMPLE = """
            pipeline: nfe-sales
            storage: { type: local, root: ./lake }            # or { type: s3, bucket: …, prefix: … }
            extract:
              type: http                                       # or folder
              url: https://api.example.com/v1/nfe
              auth: { header: Authorization, value: "Bearer ${secret:nfe-api-token}" }
              pagination: { style: cursor, cursorField: next }
              retry: { maxAttempts: 6, backoff: 500ms, maxBackoff: 30s }
            transform: { deserializer: nfe-json, writer: parquet, catalog: { type: none } }
            load:
              type: jdbc
              dialect: postgresql                              # or redshift
              url: embedded                                    # embedded PostgreSQL for local runs and tests
              rules: [ sql/sales_by_item.sql ]                 # business rules, parameterized SQL
              gold: { writer: parquet }
            notify: { type: log }
            """;

    /** The same configuration as JSON. */
    static final String DESIGN_EXAMPLE_JSON = """
            {
              "pipeline": "nfe-sales",
              "storage": { "type": "local", "root": "./lake" },
              "extract": {
                "type": "http",
                "url": "https://api.example.com/v1/nfe",
                "auth": { "header": "Authorization", "value": "Bearer ${secret:nfe-api-token}" },
                "pagination": { "style": "cursor", "cursorField": "next" },
                "retry": { "maxAttempts": 6, "backoff": "500ms", "maxBackoff": "30s" }
              },
              "transform": { "deserializer": "nfe-json", "writer": "parquet", "catalog": { "type": "none" } },
              "load": {
                "type": "jdbc",
                "dialect": "postgresql",
                "url": "embedded",
                "rules": [ "sql/sales_by_item.sql" ],
                "gold": { "writer": "parquet" }
              },
              "notify": { "type": "log" }
            }
            """;

    static final Map<String, String> ENVIRONMENT = Map.of("NFE_API_TOKEN", "token-from-env");

    private final PipelineConfigLoader loader = ExamplePlugins.loader(ENVIRONMENT);

    @TempDir
    Path dir;

    @Test
    void parse_designExample_bindsEveryPluginSection() {
        PipelineConfig config = loader.parse(DESIGN_EXAMPLE, Format.YAML);

        assertThat(config.name()).isEqualTo("nfe-sales");
        assertThat(config.layers()).isEqualTo(LayerPrefixes.defaults());
        assertThat(config.storage().type()).isEqualTo("local");
        assertThat(config.extract().orElseThrow().type()).isEqualTo("http");
        assertThat(config.transform().deserializer().type()).isEqualTo("nfe-json");
        assertThat(config.transform().writer().type()).isEqualTo("parquet");
        assertThat(config.transform().catalog().type()).isEqualTo("none");
        assertThat(config.load()).map(PluginConfig::type).contains("jdbc");
        assertThat(config.notifier().type()).isEqualTo("log");
        assertThat(config.secrets().type()).isEqualTo("env");
        assertThat(config.transform().batching()).isEqualTo(SilverBatching.defaults());
    }

    @Test
    void parse_transformBatching_bindsTheTargetAndTheWait() {
        PipelineConfig config = loader.parse("""
                pipeline: nfe-sales
                storage: { type: local, root: ./lake }
                transform: { deserializer: nfe-json, batchBytes: 64MiB, waitForFullBatch: true }
                """, Format.YAML);

        assertThat(config.transform().batching()).isEqualTo(new SilverBatching(64L << 20, true));
    }

    @Test
    void parse_designExample_resolvesSecretFromEnvironment() {
        ConfigValues extract = loader.parse(DESIGN_EXAMPLE, Format.YAML).extract().orElseThrow().section()
                .bind(ExamplePlugins.HTTP);

        assertThat(extract.section("auth").secret("value")).isEqualTo(Secret.of("Bearer token-from-env"));
        assertThat(extract.section("auth").string("header")).isEqualTo("Authorization");
    }

    @Test
    void parse_designExample_bindsTypedPluginValues() {
        PipelineConfig config = loader.parse(DESIGN_EXAMPLE, Format.YAML);
        ConfigValues extract = config.extract().orElseThrow().section().bind(ExamplePlugins.HTTP);
        ConfigValues load = config.load().orElseThrow().section().bind(ExamplePlugins.JDBC);

        assertThat(extract.uri("url")).isEqualTo(URI.create("https://api.example.com/v1/nfe"));
        assertThat(extract.section("retry").intValue("maxAttempts")).isEqualTo(6);
        assertThat(extract.section("retry").duration("backoff")).isEqualTo(Duration.ofMillis(500));
        assertThat(extract.section("retry").duration("maxBackoff")).isEqualTo(Duration.ofSeconds(30));
        assertThat(load.list("rules")).containsExactly("sql/sales_by_item.sql");
        assertThat(config.storage().section().bind(ExamplePlugins.LOCAL).pathValue("root"))
                .isEqualTo(Path.of("./lake"));
    }

    @Test
    void parse_yamlAndJson_giveEqualConfigs() {
        PipelineConfig fromYaml = loader.parse(DESIGN_EXAMPLE, Format.YAML);
        PipelineConfig fromJson = loader.parse(DESIGN_EXAMPLE_JSON, Format.JSON);

        assertThat(fromJson).isEqualTo(fromYaml);
    }

    @Test
    void load_filesByExtension_giveEqualConfigs() throws IOException {
        Path yaml = Files.writeString(dir.resolve("pipeline.yaml"), DESIGN_EXAMPLE);
        Path json = Files.writeString(dir.resolve("pipeline.json"), DESIGN_EXAMPLE_JSON);

        assertThat(loader.load(json)).isEqualTo(loader.load(yaml));
    }

    @Test
    void load_missingFile_failsNamingFile() {
        Path missing = dir.resolve("absent.yaml");

        assertThatThrownBy(() -> loader.load(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(missing + ": cannot read the configuration file");
    }

    @Test
    void parse_minimalConfig_appliesDefaults() {
        PipelineConfig config = loader.parse("""
                pipeline: minimal
                storage: { type: local, root: /lake }
                extract: { type: folder }
                transform: { deserializer: nfe-xml }
                """, Format.YAML);

        assertThat(config.layers()).isEqualTo(new LayerPrefixes("bronze", "silver", "gold"));
        assertThat(config.transform().writer().type()).isEqualTo("parquet");
        assertThat(config.transform().catalog().type()).isEqualTo("none");
        assertThat(config.load()).isEmpty();
        assertThat(config.notifier().type()).isEqualTo("log");
        assertThat(config.secrets().type()).isEqualTo("env");
    }

    @Test
    void parse_withoutExtract_bindsAPipelineThatOnlyTransformsOrLoads() {
        PipelineConfig config = loader.parse("""
                pipeline: transform-only
                storage: { type: local, root: /lake }
                transform: { deserializer: nfe-xml }
                """, Format.YAML);

        assertThat(config.extract()).isEmpty();
        assertThat(config.transform().deserializer().type()).isEqualTo("nfe-xml");
    }

    @Test
    void parse_transformOnly_dropsExtractAndLoadUncheckedWithTheirSecrets() {
        String text = """
                pipeline: nfe-sales
                storage: { type: local, root: /lake }
                extract: { type: no-such-extractor, token: "${secret:absent}" }
                transform: { deserializer: nfe-xml }
                load: { type: no-such-loader, password: "${secret:absent}" }
                """;

        PipelineConfig config = PipelineConfigLoader.builder().environment(Map.of()).transformOnly().build()
                .parse(text, Format.YAML);

        assertThat(config.extract()).isEmpty();
        assertThat(config.load()).isEmpty();
        assertThat(config.transform().deserializer().type()).isEqualTo("nfe-xml");
        assertThatThrownBy(() -> PipelineConfigLoader.builder().environment(Map.of()).build().parse(text, Format.YAML))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("extract.type").hasMessageContaining("load.type");
    }

    @Test
    void parse_layers_bindsConfiguredPrefixes() {
        PipelineConfig config = loader.parse("""
                pipeline: minimal
                layers: { bronze: raw, silver: curated }
                storage: { type: local, root: /lake }
                extract: { type: folder }
                transform: { deserializer: nfe-xml }
                """, Format.YAML);

        assertThat(config.layers()).isEqualTo(new LayerPrefixes("raw", "curated", "gold"));
    }

    @Test
    void parse_undeclaredPluginKeys_arePassedToTheFactory() {
        PipelineConfig config = loader.parse("""
                pipeline: minimal
                storage: { type: local, root: /lake }
                extract: { type: folder, path: /inbox, anything: [1, 2] }
                transform: { deserializer: nfe-xml }
                """, Format.YAML);

        assertThat(config.extract().orElseThrow().section())
                .isEqualTo(new ConfigSection("extract", Map.of("path", "/inbox", "anything", List.of(1, 2))));
    }

    @Test
    void parse_envPlaceholderInIntegerKey_bindsAsInteger() {
        PipelineConfig config = ExamplePlugins.loader(Map.of("NFE_API_TOKEN", "t", "ATTEMPTS", "9"))
                .parse(DESIGN_EXAMPLE.replace("maxAttempts: 6", "maxAttempts: '${env:ATTEMPTS}'"), Format.YAML);

        assertThat(config.extract().orElseThrow().section().bind(ExamplePlugins.HTTP).section("retry")
                .intValue("maxAttempts"))
                .isEqualTo(9);
    }

    @Test
    void parse_doubledDollar_keepsLiteralPlaceholder() {
        PipelineConfig config = loader.parse(DESIGN_EXAMPLE.replace("root: ./lake", "root: './$${env:HOME}'"),
                Format.YAML);

        assertThat(config.storage().section().string("root")).contains("./${env:HOME}");
    }

    @Test
    void parse_sensitiveKeyWithPlainValue_holdsItAsSecret() {
        PipelineConfig config = loader.parse(DESIGN_EXAMPLE.replace("url: embedded",
                "url: embedded\n  password: plain-text-password"), Format.YAML);

        assertThat(config.load().orElseThrow().section().values().get("password"))
                .isEqualTo(Secret.of("plain-text-password"));
    }

    @Test
    void parse_secretsFromFileDirectory_resolvesPlaceholder() throws IOException {
        Path secrets = Files.createDirectory(dir.resolve("secrets"));
        Files.writeString(secrets.resolve("nfe-api-token"), "token-from-file\n");

        PipelineConfig config = loader.parse(DESIGN_EXAMPLE + "secrets: { type: file, path: '" + secrets + "' }\n",
                Format.YAML);

        assertThat(config.extract().orElseThrow().section().bind(ExamplePlugins.HTTP).section("auth").secret("value"))
                .isEqualTo(Secret.of("Bearer token-from-file"));
    }

    @Test
    void parse_secretsPathFromEnvironment_resolvesPlaceholder() throws IOException {
        Path secrets = Files.writeString(dir.resolve("secrets.json"), "{\"nfe-api-token\": \"token-from-json\"}");

        PipelineConfig config = ExamplePlugins.loader(Map.of("SECRETS_FILE", secrets.toString()))
                .parse(DESIGN_EXAMPLE + "secrets: { type: file, path: '${env:SECRETS_FILE}' }\n", Format.YAML);

        assertThat(config.extract().orElseThrow().section().bind(ExamplePlugins.HTTP).section("auth").secret("value"))
                .isEqualTo(Secret.of("Bearer token-from-json"));
    }

    @Test
    void parse_severalProblems_reportsAllInOneException() {
        String yaml = """
                storage: { type: local }
                extract:
                  type: http
                  url: ftp://files.example.com/nfe
                  auth: { value: "${secret:absent}" }
                  retry: { maxAttempts: 0, backof: 1s }
                transform: { deserializer: nfe-jsn }
                notifyy: { type: log }
                """;

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.parse(yaml, Format.YAML));

        assertThat(e.problems()).containsExactly(
                "extract.auth.value: secret 'absent' not found by the secrets provider 'env'",
                "notifyy: unknown key, did you mean 'notify'?",
                "pipeline: required key is missing",
                "storage.root: required key is missing",
                "extract.url: must be an absolute http or https URL, was 'ftp://files.example.com/nfe'",
                "extract.retry.backof: unknown key, did you mean 'backoff'?",
                "extract.retry.maxAttempts: must be ≥ 1, was 0",
                "transform.deserializer.type: unknown deserializer type 'nfe-jsn', expected one of [nfe-json, "
                        + "nfe-xml]");
        assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems()));
    }

    @Test
    void parse_yamlSyntaxError_namesLineAndColumn() {
        assertThatThrownBy(() -> loader.parse("pipeline: x\nstorage: { type: local\n", Format.YAML))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config: cannot parse YAML at line 3, column 1: expected ',' or '}', but got <stream end>");
    }

    @Test
    void parse_duplicateKey_fails() {
        assertThatThrownBy(() -> loader.parse("pipeline: a\npipeline: b\n", Format.YAML))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("cannot parse YAML")
                .hasMessageContaining("Duplicate field 'pipeline'");
    }

    @Test
    void parse_rootIsList_fails() {
        assertThatThrownBy(() -> loader.parse("[1, 2]", Format.JSON))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config: must be a section with the pipeline's keys, was a list");
    }

    @Test
    void parse_emptyDocument_fails() {
        assertThatThrownBy(() -> loader.parse("# nothing\n", Format.YAML))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config: must be a section with the pipeline's keys, was empty");
    }
}
