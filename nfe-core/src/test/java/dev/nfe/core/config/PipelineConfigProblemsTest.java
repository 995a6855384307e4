package dev.nfe.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.nfe.core.config.PipelineConfigLoader.Format;
import dev.nfe.core.spi.ConfigException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One bad configuration per row, each with the exact problem it must report. */
class PipelineConfigProblemsTest {

    /** A valid configuration, one root key per line; each case replaces or removes lines by root key. */
    private static final Map<String, String> VALID = lines(
            "pipeline: nfe-sales",
            "storage: { type: local, root: ./lake }",
            "extract: { type: http, url: 'https://api.example.com/v1/nfe', auth: { value: 'Bearer ${secret:token}' } }",
            "transform: { deserializer: nfe-json }",
            "load: { type: jdbc, dialect: postgresql, url: embedded, rules: [ sql/a.sql ] }");

    private final PipelineConfigLoader loader = ExamplePlugins.loader(Map.of("TOKEN", "t0k3n"));

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                arguments("unknown root key, suggestion",
                        "pipeline: nfe-sales\nnotfy: log",
                        "notfy: unknown key, did you mean 'notify'?"),
                arguments("unknown plugin key, suggestion",
                        "extract: { type: http, url: 'https://a.example/nfe', auth: { value: x }, retyr: {} }",
                        "extract.retyr: unknown key, did you mean 'retry'?"),
                arguments("unknown plugin key, no close name",
                        "storage: { type: local, root: ./lake, colour: red }",
                        "storage.colour: unknown key, expected one of [root, fsync]"),
                arguments("key in a plugin taking none",
                        "transform: { deserializer: nfe-json, catalog: { type: none, database: sales } }",
                        "transform.catalog.database: unknown key, this section takes no keys"),
                arguments("missing pipeline",
                        "-pipeline",
                        "pipeline: required key is missing"),
                arguments("bad pipeline name",
                        "pipeline: NFe Sales",
                        "pipeline: must match [a-z0-9-]+, was 'NFe Sales'"),
                arguments("missing storage",
                        "-storage",
                        "storage: required key is missing"),
                arguments("plugin section without type",
                        "storage: { root: ./lake }",
                        "storage.type: required key is missing"),
                arguments("missing required plugin key",
                        "storage: { type: local }",
                        "storage.root: required key is missing"),
                arguments("bad duration",
                        "extract: { type: http, url: 'https://a.example', auth: { value: x }, retry: { backoff: 5 minutes } }",
                        "extract.retry.backoff: must be a duration such as 500ms, 30s, 14m, 2h or PT5M, was '5 minutes'"),
                arguments("duration without unit",
                        "extract: { type: http, url: 'https://a.example', auth: { value: x }, retry: { maxBackoff: 30 } }",
                        "extract.retry.maxBackoff: must be a duration such as 500ms, 30s, 14m, 2h or PT5M, was 30"),
                arguments("zero retry attempts",
                        "extract: { type: http, url: 'https://a.example', auth: { value: x }, retry: { maxAttempts: 0 } }",
                        "extract.retry.maxAttempts: must be ≥ 1, was 0"),
                arguments("negative retry attempts",
                        "extract: { type: http, url: 'https://a.example', auth: { value: x }, retry: { maxAttempts: -2 } }",
                        "extract.retry.maxAttempts: must be ≥ 1, was -2"),
                arguments("retry attempts not a number",
                        "extract: { type: http, url: 'https://a.example', auth: { value: x }, retry: { maxAttempts: six } }",
                        "extract.retry.maxAttempts: must be an integer, was 'six'"),
                arguments("URL with a non-http scheme",
                        "extract: { type: http, url: 'ftp://files.example.com/nfe', auth: { value: x } }",
                        "extract.url: must be an absolute http or https URL, was 'ftp://files.example.com/nfe'"),
                arguments("relative URL",
                        "extract: { type: http, url: /v1/nfe, auth: { value: x } }",
                        "extract.url: must be an absolute http or https URL, was '/v1/nfe'"),
                arguments("list where a string is expected",
                        "extract: { type: http, url: [ 'https://a.example' ], auth: { value: x } }",
                        "extract.url: must be an absolute http or https URL, was a list"),
                arguments("string where a list is expected",
                        "load: { type: jdbc, dialect: postgresql, url: embedded, rules: sql/a.sql }",
                        "load.rules: must be a list of strings, was 'sql/a.sql'"),
                arguments("section inside a list of strings",
                        "load: { type: jdbc, dialect: postgresql, url: embedded, rules: [ { file: a.sql } ] }",
                        "load.rules[0]: must be a string, was a section"),
                arguments("bad enum",
                        "load: { type: jdbc, dialect: mysql, url: embedded }",
                        "load.dialect: must be one of [postgresql, redshift], was 'mysql'"),
                arguments("bad boolean",
                        "storage: { type: local, root: ./lake, fsync: maybe }",
                        "storage.fsync: must be true or false, was 'maybe'"),
                arguments("number below its bound",
                        "transform: { deserializer: nfe-json, writer: { type: parquet, rowGroupBytes: 10 } }",
                        "transform.writer.rowGroupBytes: must be ≥ 1024, was 10"),
                arguments("unknown plugin type",
                        "extract: { type: ftp }",
                        "extract.type: unknown extractor type 'ftp', expected one of [folder, http]"),
                arguments("unknown plugin type given as a name",
                        "transform: { deserializer: nfe-yaml }",
                        "transform.deserializer.type: unknown deserializer type 'nfe-yaml', expected one of "
                                + "[nfe-json, nfe-xml]"),
                arguments("plugin type not a name",
                        "notify: Log",
                        "notify: must be a plugin type matching [a-z0-9-]+, was 'Log'"),
                arguments("plugin given as a number",
                        "notify: 5",
                        "notify: must be a plugin type or a section with a type, was 5"),
                arguments("unresolved environment variable",
                        "storage: { type: local, root: '${env:LAKE_ROOT}' }",
                        "storage.root: environment variable 'LAKE_ROOT' is not set"),
                arguments("malformed placeholder",
                        "storage: { type: local, root: '${LAKE_ROOT}' }",
                        "storage.root: malformed placeholder '${LAKE_ROOT}', expected ${env:NAME} or ${secret:name}"),
                arguments("unterminated placeholder",
                        "storage: { type: local, root: '${env:LAKE_ROOT' }",
                        "storage.root: unterminated placeholder '${env:LAKE_ROOT', expected ${env:NAME} or "
                                + "${secret:name}"),
                arguments("missing secret",
                        "extract: { type: http, url: 'https://a.example', auth: { value: 'Bearer ${secret:tokn}' } }",
                        "extract.auth.value: secret 'tokn' not found by the secrets provider 'env'"),
                arguments("secret inside the secrets section",
                        "secrets: { type: env, prefix: '${secret:prefix}' }",
                        "secrets.prefix: cannot resolve secret 'prefix': the secrets section cannot use secrets"),
                arguments("unknown secrets provider",
                        "secrets: vault",
                        "secrets.type: unknown secret provider type 'vault', expected one of [env, file]"),
                arguments("secrets file that does not exist",
                        "secrets: { type: file, path: /nonexistent/secrets }",
                        "secrets.path: must be a directory or a .json or .properties file, was '/nonexistent/secrets'"),
                arguments("two layers with one prefix",
                        "layers: { silver: bronze }",
                        "layers: bronze, silver and gold must differ, was 'bronze', 'bronze', 'gold'"),
                arguments("layer prefix with a slash",
                        "layers: { gold: gold/v2 }",
                        "layers.gold: must match [a-z0-9][a-z0-9_-]*, was 'gold/v2'"),
                arguments("missing transform",
                        "-transform",
                        "transform: required key is missing"),
                arguments("silver batches of no bytes",
                        "transform: { deserializer: nfe-json, batchBytes: 0 }",
                        "transform.batchBytes: must be ≥ 1, was 0"),
                arguments("section given as a string",
                        "transform: nfe-json",
                        "transform: must be a section, was 'nfe-json'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigs")
    void parse_badConfig_reportsExactProblem(String description, String change, String expected) {
        String yaml = withChange(change);

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.parse(yaml, Format.YAML));

        assertThat(e).as(description).isNotNull();
        assertThat(e.problems()).containsExactly(expected);
        assertThat(e).hasMessage(expected);
    }

    private static String withChange(String change) {
        Map<String, String> config = new LinkedHashMap<>(VALID);
        for (String line : change.split("\n")) {
            if (line.startsWith("-")) {
                config.remove(line.substring(1));
            } else {
                config.put(line.substring(0, line.indexOf(':')), line);
            }
        }
        return String.join("\n", config.values()) + "\n";
    }

    private static Map<String, String> lines(String... lines) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String line : lines) {
            byKey.put(line.substring(0, line.indexOf(':')), line);
        }
        return byKey;
    }
}
