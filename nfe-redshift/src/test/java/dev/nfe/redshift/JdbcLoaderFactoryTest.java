package dev.nfe.redshift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.nfe.core.config.PipelineConfig;
import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Loader;
import dev.nfe.core.spi.Loader.LoadResult;
import dev.nfe.core.spi.Loader.LoadResult.Status;
import dev.nfe.core.spi.LoaderFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.storage.LocalStorage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jdbc factory: configuration binding and its problems, credentials from a secret, and a configured load. */
class JdbcLoaderFactoryTest {
    private static final String PASSWORD = "s3cr3t-Pa55";
    private static SharedPostgres postgres;

    @TempDir
    Path lake;

    @BeforeAll
    static void startPostgres(@TempDir Path data) throws SQLException {
        postgres = SharedPostgres.start(data.resolve("pg"));
        postgres.execute("CREATE ROLE loader LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @BeforeEach
    void freshSchema() throws SQLException {
        postgres.execute("DROP SCHEMA IF EXISTS factory_test CASCADE");
    }

    private Map<String, Object> config() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("url", postgres.server().jdbcUrl().replaceFirst("\\?.*", ""));
        values.put("secret", "warehouse");
        values.put("storage", Map.of("type", "local", "root", lake.toString()));
        values.put("schema", "factory_test");
        values.put("rules", List.of("rules/sales_by_item.sql", "rules/sales_by_uf.sql"));
        values.put("setup", List.of("rules/schema.sql"));
        return values;
    }

    private static PluginContext context(String secret) {
        return new PluginContext("test", Clock.systemUTC(),
                name -> name.equals("warehouse") ? Optional.of(Secret.of(secret)) : Optional.empty());
    }

    private static String secret(String password) {
        return "{\"username\":\"loader\",\"password\":\"" + password + "\",\"engine\":\"postgres\"}";
    }

    @Test
    void serviceLoader_findsJdbcFactory() {
        assertThat(ServiceLoader.load(LoaderFactory.class).stream().map(p -> p.get().type())).contains("jdbc");
    }

    @Test
    void create_configuredWithSecret_loadsBatchIntoSchemaAndGold() {
        Loader loader = new JdbcLoaderFactory(() -> SilverFixture.TABLES)
                .create(new ConfigSection("load", config()), context(secret(PASSWORD)));
        Batch batch = new SilverFixture(new LocalStorage(lake)).batch("b1")
                .document("35260112345678000195550010000000011000000011", "SP",
                        Instant.parse("2026-01-02T10:00:00Z"), "10.00")
                .commit();

        List<LoadResult> results = loader.load(List.of(batch));

        assertThat(results).extracting(LoadResult::status).containsExactly(Status.LOADED);
        assertThat(lake.resolve("gold/_manifests/ingest_date=2026-01-02/batch=b1/_manifest.json")).exists();
    }

    @Test
    void load_tlsRequiredButRefused_retriesAndShowsTheSecretNowhere() {
        String secret = "{\"username\":\"nobody_here\",\"password\":\"" + PASSWORD + "\"}";
        Map<String, Object> values = config();
        values.put("tls", Map.of("mode", "require"));
        values.put("retry", Map.of("maxAttempts", 2, "backoff", "1ms", "maxBackoff", "1ms"));
        Loader loader = new JdbcLoaderFactory(() -> SilverFixture.TABLES)
                .create(new ConfigSection("load", values), context(secret));
        Batch batch = new SilverFixture(new LocalStorage(lake)).batch("b1").commit();
        PrintStream standardError = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        Throwable failure;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            failure = catchThrowable(() -> loader.load(List.of(batch)));
        } finally {
            System.setErr(standardError);
        }

        assertThat(failure).hasMessageContaining("SSL");
        assertThat(failure.toString()).doesNotContain(PASSWORD);
        assertThat(loader.toString()).doesNotContain(PASSWORD);
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("retrying").doesNotContain(PASSWORD);
    }

    @Test
    void create_badValues_reportsEveryKeyPath() {
        Map<String, Object> values = config();
        values.put("schema", "sales; drop table x");
        values.put("dialect", "oracle");
        values.remove("rules");

        assertThatThrownBy(() -> new JdbcLoaderFactory(() -> SilverFixture.TABLES)
                .create(new ConfigSection("load", values), context(secret(PASSWORD))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("load.schema")
                .hasMessageContaining("load.dialect")
                .hasMessageContaining("load.rules: required key is missing");
    }

    @Test
    void create_missingRuleAndSetupFiles_reportsEachWithItsKeyPath() {
        Map<String, Object> values = config();
        values.put("rules", List.of("rules/sales_by_item.sql", "sql/x.sql"));
        values.put("setup", List.of("sql/none.sql"));

        assertThatThrownBy(() -> new JdbcLoaderFactory(() -> SilverFixture.TABLES)
                .create(new ConfigSection("load", values), context(secret(PASSWORD))))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).containsExactly(
                        "load.rules[1]: file not found: sql/x.sql (no file " + Path.of("sql/x.sql").toAbsolutePath()
                                + ", no class path resource sql/x.sql)",
                        "load.setup[0]: file not found: sql/none.sql (no file "
                                + Path.of("sql/none.sql").toAbsolutePath() + ", no class path resource sql/none.sql)"));
    }

    @Test
    void pipelineBuild_missingRuleFile_failsAtStartUpWithTheKeyPath() {
        String yaml = """
                pipeline: sales
                storage: { type: local, root: %s }
                extract: { type: folder, path: %s }
                transform: { deserializer: nfe-xml, writer: parquet }
                load:
                  type: jdbc
                  url: embedded
                  storage: { type: local, root: %s }
                  rules: [ rules/sales_by_item.sql, sql/x.sql ]
                """.formatted(lake, lake, lake);
        PipelineConfig config = PipelineConfigLoader.create().parse(yaml, PipelineConfigLoader.Format.YAML);

        assertThatThrownBy(() -> Pipeline.builder().config(config).build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("load.rules[1]: file not found: sql/x.sql (no file " + Path.of("sql/x.sql").toAbsolutePath()
                        + ", no class path resource sql/x.sql)");
    }

    @Test
    void create_ruleIsADirectory_reportsItsKeyPath(@TempDir Path rules) {
        Map<String, Object> values = config();
        values.put("rules", List.of(rules.toString()));

        assertThatThrownBy(() -> new JdbcLoaderFactory(() -> SilverFixture.TABLES)
                .create(new ConfigSection("load", values), context(secret(PASSWORD))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("load.rules[0]: not a regular file: " + rules);
    }

    @Test
    void create_ruleWithUnknownStagingTable_namesTheRule(@TempDir Path rules) throws Exception {
        Path rule = rules.resolve("bad.sql");
        Files.writeString(rule, "SELECT chave FROM ${staging.nfe_nothing}");
        Map<String, Object> values = config();
        values.put("rules", List.of(rule.toString()));

        assertThatThrownBy(() -> new JdbcLoaderFactory(() -> SilverFixture.TABLES)
                .create(new ConfigSection("load", values), context(secret(PASSWORD))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("bad.sql: ${staging.nfe_nothing} names no silver table");
    }

    @Test
    void create_redshiftWithoutS3_reportsMissingKeys() {
        Map<String, Object> values = config();
        values.put("dialect", "redshift");

        assertThatThrownBy(() -> new JdbcLoaderFactory(() -> SilverFixture.TABLES)
                .create(new ConfigSection("load", values), context(secret(PASSWORD))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("load.redshift.s3Root: required for dialect redshift")
                .hasMessageContaining("load.redshift.iamRole: required for dialect redshift");
    }

    @Test
    void create_redshiftUrlWithoutDriver_namesTheDriver() {
        Map<String, Object> values = config();
        values.put("dialect", "redshift");
        values.put("url", "jdbc:redshift://example.invalid:5439/dev");
        values.put("redshift", Map.of("s3Root", "s3://nfe-lake", "iamRole", "arn:aws:iam::123456789012:role/r"));

        assertThatThrownBy(() -> new JdbcLoaderFactory(() -> SilverFixture.TABLES)
                .create(new ConfigSection("load", values), context(secret(PASSWORD))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("load.url: no JDBC driver")
                .hasMessageContaining("redshift-jdbc42");
    }

    @Test
    void create_goldByUnloadWithPostgresql_namesTheKey() {
        Map<String, Object> values = config();
        values.put("gold", Map.of("writer", "unload"));

        assertThatThrownBy(() -> new JdbcLoaderFactory(() -> SilverFixture.TABLES)
                .create(new ConfigSection("load", values), context(secret(PASSWORD))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("load.gold.writer: unload needs dialect redshift, was 'postgresql'");
    }

    @Test
    void create_goldByUnloadWithRedshift_buildsTheLoader() {
        Map<String, Object> values = config();
        values.put("dialect", "redshift");
        values.put("redshift", Map.of("s3Root", "s3://nfe-lake", "iamRole", "arn:aws:iam::123456789012:role/r"));
        values.put("gold", Map.of("writer", "unload"));

        Loader loader = new JdbcLoaderFactory(() -> SilverFixture.TABLES)
                .create(new ConfigSection("load", values), context(secret(PASSWORD)));

        assertThat(loader).isInstanceOf(JdbcLoader.class);
    }
}
