package dev.nfe.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.SecretProvider;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HttpConfigBindingTest {
    private static final SecretProvider SECRETS =
            name -> name.equals("token") ? Optional.of(Secret.of("t0ken-value")) : Optional.empty();

    @Test
    void bind_minimalSection_appliesTheDefaults() {
        HttpSourceConfig config = bind(Map.of("url", "https://api.example.com/v1/nfe"));

        assertThat(config.url()).isEqualTo(URI.create("https://api.example.com/v1/nfe"));
        assertThat(config.method()).isEqualTo(HttpSourceConfig.Method.GET);
        assertThat(config.pagination()).isEqualTo(new Pagination.None());
        assertThat(config.format()).isEqualTo(new ResponseFormat.JsonList(Optional.empty()));
        assertThat(config.retry()).isEqualTo(new HttpSourceConfig.RetrySettings(5, Duration.ofMillis(500),
                Duration.ofSeconds(30), 0.5, Duration.ofSeconds(60)));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.requestsPerSecond()).isEmpty();
        assertThat(config.maxResponseBytes()).isEqualTo(50L << 20);
        assertThat(config.deadlineMargin()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void bind_secretPlaceholder_isResolvedAndHiddenFromToString() {
        HttpSourceConfig config = bind(Map.of("url", "https://api.example.com/nfe",
                "auth", Map.of("header", "Authorization", "value", "Bearer ${secret:token}")));

        assertThat(config.auth().orElseThrow().value().reveal()).isEqualTo("Bearer t0ken-value");
        assertThat(config.toString()).contains("[hidden]").doesNotContain("t0ken-value");
    }

    @Test
    void bind_unknownSecret_failsNamingTheKeyAndSecretName() {
        assertThatThrownBy(() -> bind(Map.of("url", "https://api.example.com/nfe",
                "auth", Map.of("query", "key", "value", "${secret:missing}"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("extract.auth.value: secret 'missing' was not found");
    }

    static Stream<Arguments> badSections() {
        return Stream.of(
                Arguments.of(Map.of(), "extract.url: required key is missing"),
                Arguments.of(Map.of("url", "ftp://host/x"), "extract.url: must be an absolute http or https URL"),
                Arguments.of(Map.of("url", "https://user:pw@host/x"), "extract.url: must not carry credentials"),
                Arguments.of(section("colour", "blue"), "extract.colour: unknown key"),
                Arguments.of(section("method", "PUT"), "extract.method: must be one of [GET, POST], was 'PUT'"),
                Arguments.of(section("body", "{}"), "extract.body: is only sent with method POST"),
                Arguments.of(section("auth", Map.of("header", "A", "query", "b", "value", "v")),
                        "extract.auth.header: and query are exclusive"),
                Arguments.of(section("auth", Map.of("header", "Bad Header", "value", "v")),
                        "extract.auth.header: must match [!#$%&'*+.^_`|~0-9A-Za-z-]+, was 'Bad Header'"),
                Arguments.of(section("auth", Map.of("header", "X-Key")), "extract.auth.value: is required"),
                Arguments.of(section("pagination", Map.of("style", "cursor")),
                        "extract.pagination.cursorField: is required"),
                Arguments.of(section("pagination", Map.of("style", "sideways")),
                        "extract.pagination.style: must be one of [none, cursor, next-url, link, page, offset]"),
                Arguments.of(section("pagination", Map.of("style", "page", "cursorField", "next")),
                        "extract.pagination.cursorField: unknown key"),
                Arguments.of(section("pagination", Map.of("style", "page", "startPage", 2)),
                        "extract.pagination.startPage: must be between 0 and 1, was 2"),
                Arguments.of(section("pagination", Map.of("style", "offset")),
                        "extract.pagination.limit: is required for style offset"),
                Arguments.of(section("pagination", Map.of("style", "cursor", "cursorField", "next"), "response",
                        Map.of("format", "ndjson")), "extract.pagination.style: cursor reads the next page"),
                Arguments.of(section("response", Map.of("format", "envelope")),
                        "extract.response.documentPointer: is required for format envelope"),
                Arguments.of(section("detailUrl", "https://api.example.com/nfe"),
                        "extract.detailUrl: must contain the {id} placeholder"),
                Arguments.of(section("concurrency", 4), "extract.concurrency: is only used with detailUrl"),
                Arguments.of(section("detailUrl", "https://h/{id}", "concurrency", 100),
                        "extract.concurrency: must be between 1 and 64, was 100"),
                Arguments.of(section("retry", Map.of("maxAttempts", 0)),
                        "extract.retry.maxAttempts: must be between 1 and 100, was 0"),
                Arguments.of(section("retry", Map.of("backoff", "2s", "maxBackoff", "1s")),
                        "extract.retry.maxBackoff: must be at least backoff"),
                Arguments.of(section("retry", Map.of("jitter", 1.5)), "extract.retry.jitter: must be between 0 and 1"),
                Arguments.of(section("timeouts", Map.of("connect", "fast")),
                        "extract.timeouts.connect: must be a duration such as 500ms, 30s, 14m, 2h or PT5M"),
                Arguments.of(section("rateLimit", 0), "extract.rateLimit: must be positive, was 0"),
                Arguments.of(section("timeouts", Map.of("request", "0s")),
                        "extract.timeouts.request: must be positive, was '0s'"),
                Arguments.of(section("retry", Map.of("backoff", "PT0S")), "extract.retry.backoff: must be positive"),
                Arguments.of(section("rateLimit", 20_000), "extract.rateLimit: must be ≤ 10000, was 20000"),
                Arguments.of(section("method", "POST", "body", "  "), "extract.body: must not be empty"),
                Arguments.of(section("method", "POST", "body", List.of("a")),
                        "extract.body: must be a string or a section, was a list"),
                Arguments.of(section("pagination", Map.of("style", "page", "pageParam", " ")),
                        "extract.pagination.pageParam: must match"),
                Arguments.of(section("response", Map.of("itemsPointer", "")),
                        "extract.response.itemsPointer: must be a JSON pointer such as /items or a field name"),
                Arguments.of(section("maxResponseBytes", "2GiB"),
                        "extract.maxResponseBytes: must be between 1 and 1073741824, was '2GiB'"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badSections")
    void bind_badSection_failsNamingTheKeyPath(Map<String, Object> values, String expected) {
        assertThatThrownBy(() -> bind(values))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void bind_severalProblems_reportsThemAllAtOnce() {
        assertThatThrownBy(() -> bind(Map.of("method", "PUT", "retry", Map.of("maxAttempts", 0),
                "timeouts", Map.of("request", "-1s"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("extract.url: required key is missing")
                .hasMessageContaining("extract.method:")
                .hasMessageContaining("extract.retry.maxAttempts:")
                .hasMessageContaining("extract.timeouts.request:");
    }

    @Test
    void bind_unknownSecretInAuth_neverShowsTheLiteralValue() {
        assertThatThrownBy(() -> bind(Map.of("url", "https://api.example.com/nfe",
                "auth", Map.of("value", "plain-secret-value"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("extract.auth.value: needs either header or query")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("plain-secret-value"));
    }

    @Test
    void factory_marksTheAuthValueSensitiveAndBuildsAnExtractor() {
        HttpExtractorFactory factory = new HttpExtractorFactory();
        PluginContext context = new PluginContext("test", HttpSources.CLOCK, SECRETS);

        assertThat(factory.configDef().sensitivePaths()).containsExactly("auth.value");
        assertThat(factory.create(new ConfigSection("extract", Map.of("url", "https://api.example.com/nfe")),
                context)).isInstanceOf(HttpExtractor.class);
    }

    private static HttpSourceConfig bind(Map<String, Object> values) {
        return HttpConfigBinding.bind(new ConfigSection("extract", values), SECRETS);
    }

    private static Map<String, Object> section(Object... keyValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("url", "https://api.example.com/nfe");
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        return values;
    }
}
