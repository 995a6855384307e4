package dev.nfe.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigSectionTest {

    private static final ConfigDef RETRY = ConfigDef.of(
            ConfigKey.integer("maxAttempts").atLeast(1).withDefault(3),
            ConfigKey.duration("backoff").withDefault("500ms"));

    private static final ConfigDef HTTP = ConfigDef.of(
            ConfigKey.url("url").required(),
            ConfigKey.string("token").sensitive(),
            ConfigKey.oneOf("style", "cursor", "page").withDefault("cursor"),
            ConfigKey.section("retry", RETRY),
            ConfigKey.section("auth", ConfigDef.of(ConfigKey.string("header").required())));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "500ms, PT0.5S",
        "30s, PT30S",
        "14m, PT14M",
        "2h, PT2H",
        "1d, PT24H",
        "0s, PT0S",
        "PT5M, PT5M",
        "pt90s, PT1M30S",
        "P1D, PT24H",
    })
    void bind_durationText_bindsDuration(String text, String expected) {
        ConfigValues values = new ConfigSection("retry", Map.of("backoff", text)).bind(RETRY);

        assertThat(values.duration("backoff")).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"5 minutes", "-5s", "30", "1.5s", "PT-5M", "5S", "ms", "99999999999999999999d"})
    void bind_badDurationText_reportsExpectedForm(String text) {
        ConfigSection section = new ConfigSection("retry", Map.of("backoff", text));

        assertThatThrownBy(() -> section.bind(RETRY))
                .isInstanceOf(ConfigException.class)
                .hasMessage("retry.backoff: must be a duration such as 500ms, 30s, 14m, 2h or PT5M, was '" + text + "'");
    }

    static Stream<Arguments> typedValues() {
        return Stream.of(
                arguments(ConfigKey.integer("n"), 6, 6),
                arguments(ConfigKey.integer("n"), "6", 6),
                arguments(ConfigKey.integer("n"), " -7 ", -7),
                arguments(ConfigKey.longInteger("n"), 5_000_000_000L, 5_000_000_000L),
                arguments(ConfigKey.longInteger("n"), "5000000000", 5_000_000_000L),
                arguments(ConfigKey.bool("b"), true, true),
                arguments(ConfigKey.bool("b"), "false", false),
                arguments(ConfigKey.string("s"), 2024, "2024"),
                arguments(ConfigKey.uri("u"), "s3://bucket/key", URI.create("s3://bucket/key")),
                arguments(ConfigKey.url("u"), "https://a.example/x?y=1", URI.create("https://a.example/x?y=1")),
                arguments(ConfigKey.path("p"), "./lake", Path.of("./lake")),
                arguments(ConfigKey.list("l"), List.of("a", 1, true), List.of("a", "1", "true")),
                arguments(ConfigKey.oneOf("e", "x", "y"), "y", "y"),
                arguments(ConfigKey.size("z"), 1024, 1024L),
                arguments(ConfigKey.size("z"), "20MiB", 20L << 20),
                arguments(ConfigKey.size("z"), "512 KiB", 512L << 10),
                arguments(ConfigKey.size("z"), "1GiB", 1L << 30),
                arguments(ConfigKey.decimal("d"), "0.5", new BigDecimal("0.5")),
                arguments(ConfigKey.decimal("d"), 1.5, new BigDecimal("1.5")),
                arguments(ConfigKey.decimal("d"), 12, new BigDecimal("12")),
                arguments(ConfigKey.json("j"), "{\"a\": 1}", "{\"a\": 1}"),
                arguments(ConfigKey.json("j"), Map.of("a", 1), Map.of("a", 1)));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("typedValues")
    void bind_acceptedValue_bindsTypedValue(ConfigKey key, Object raw, Object expected) {
        ConfigValues values = new ConfigSection("s", Map.of(key.name(), raw)).bind(ConfigDef.of(key));

        Object bound = switch (key.type()) {
            case INT -> values.intValue(key.name());
            case LONG -> values.longValue(key.name());
            case BOOLEAN -> values.booleanValue(key.name());
            case URI, URL -> values.uri(key.name());
            case PATH -> values.pathValue(key.name());
            case LIST -> values.list(key.name());
            case SIZE -> values.size(key.name());
            case DECIMAL -> values.decimal(key.name());
            case JSON -> values.json(key.name());
            default -> values.string(key.name());
        };
        assertThat(bound).isEqualTo(expected);
    }

    static Stream<Arguments> rejectedValues() {
        return Stream.of(
                arguments(ConfigKey.integer("n"), 1.5, "s.n: must be an integer, was 1.5"),
                arguments(ConfigKey.integer("n"), 3_000_000_000L, "s.n: must be an integer, was 3000000000"),
                arguments(ConfigKey.longInteger("n"), new BigInteger("99999999999999999999"),
                        "s.n: must be an integer, was 99999999999999999999"),
                arguments(ConfigKey.integer("n"), true, "s.n: must be an integer, was true"),
                arguments(ConfigKey.integer("n").atMost(10), 11, "s.n: must be ≤ 10, was 11"),
                arguments(ConfigKey.integer("n").atLeast(1).atMost(10), 0, "s.n: must be between 1 and 10, was 0"),
                arguments(ConfigKey.bool("b"), "yes", "s.b: must be true or false, was 'yes'"),
                arguments(ConfigKey.string("s"), Map.of("a", 1), "s.s: must be a string, was a section"),
                arguments(ConfigKey.string("s"), List.of("a"), "s.s: must be a string, was a list"),
                arguments(ConfigKey.uri("u"), "not a uri", "s.u: must be an absolute URI, was 'not a uri'"),
                arguments(ConfigKey.uri("u"), "relative/x", "s.u: must be an absolute URI, was 'relative/x'"),
                arguments(ConfigKey.url("u"), "https:///nohost",
                        "s.u: must be an absolute http or https URL, was 'https:///nohost'"),
                arguments(ConfigKey.path("p"), "", "s.p: must be a path, was ''"),
                arguments(ConfigKey.path("p"), "a\u0000b", "s.p: must be a path, was 'a\u0000b'"),
                arguments(ConfigKey.oneOf("e", "x", "y"), "X", "s.e: must be one of [x, y], was 'X'"),
                arguments(ConfigKey.string("s").matching("[a-z]+"), "A1", "s.s: must match [a-z]+, was 'A1'"),
                arguments(ConfigKey.string("s"), "line\nbreak", "s.s: must match x, was 'line\\nbreak'"),
                arguments(ConfigKey.section("t", ConfigDef.of()), "x", "s.t: must be a section, was 'x'"),
                arguments(ConfigKey.integer("n").sensitive(), "six", "s.n: must be an integer, was [hidden]"),
                arguments(ConfigKey.size("z"), "20 MB",
                        "s.z: must be a size such as 1048576, 512KiB, 20MiB or 1GiB, was '20 MB'"),
                arguments(ConfigKey.size("z"), -1,
                        "s.z: must be a size such as 1048576, 512KiB, 20MiB or 1GiB, was -1"),
                arguments(ConfigKey.size("z"), "9999999999GiB",
                        "s.z: must be a size such as 1048576, 512KiB, 20MiB or 1GiB, was '9999999999GiB'"),
                arguments(ConfigKey.size("z").atMost(1024), "2KiB", "s.z: must be ≤ 1024, was '2KiB'"),
                arguments(ConfigKey.decimal("d"), "half", "s.d: must be a number, was 'half'"),
                arguments(ConfigKey.decimal("d"), true, "s.d: must be a number, was true"),
                arguments(ConfigKey.decimal("d").atLeast(0).atMost(1), 1.5, "s.d: must be between 0 and 1, was 1.5"),
                arguments(ConfigKey.decimal("d").positive(), "0", "s.d: must be positive, was '0'"),
                arguments(ConfigKey.duration("t").positive(), "0s", "s.t: must be positive, was '0s'"),
                arguments(ConfigKey.json("j"), List.of("a"), "s.j: must be a string or a section, was a list"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("rejectedValues")
    void bind_rejectedValue_reportsKeyPathExpectationAndValue(ConfigKey key, Object raw, String expected) {
        ConfigKey checked = expected.contains("must match x") ? key.matching("x") : key;
        ConfigSection section = new ConfigSection("s", Map.of(key.name(), raw));

        assertThatThrownBy(() -> section.bind(ConfigDef.of(checked)))
                .isInstanceOf(ConfigException.class)
                .hasMessage(expected);
    }

    static Stream<Arguments> misspelledKeys() {
        return Stream.of(
                arguments(Map.of("retyr", Map.of()), "http.retyr: unknown key, did you mean 'retry'?"),
                arguments(Map.of("urll", "x"), "http.urll: unknown key, did you mean 'url'?"),
                arguments(Map.of("tokne", "x"), "http.tokne: unknown key, did you mean 'token'?"),
                arguments(Map.of("retry", Map.of("maxattempts", 2)),
                        "http.retry.maxattempts: unknown key, did you mean 'maxAttempts'?"),
                arguments(Map.of("retry", Map.of("maxAtempts", 2)),
                        "http.retry.maxAtempts: unknown key, did you mean 'maxAttempts'?"),
                arguments(Map.of("retry", Map.of("bakcof", "1s")),
                        "http.retry.bakcof: unknown key, did you mean 'backoff'?"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("misspelledKeys")
    void bind_misspelledKey_suggestsClosestName(Map<String, Object> misspelled, String expected) {
        Map<String, Object> values = new HashMap<>(misspelled);
        values.put("url", "https://a.example");

        assertThatThrownBy(() -> new ConfigSection("http", values).bind(HTTP))
                .isInstanceOf(ConfigException.class)
                .hasMessage(expected);
    }

    @Test
    void bind_unknownKeyFarFromEveryName_listsTheNames() {
        ConfigSection section = new ConfigSection("http", Map.of("url", "https://a.example", "colour", "red"));

        assertThatThrownBy(() -> section.bind(HTTP))
                .isInstanceOf(ConfigException.class)
                .hasMessage("http.colour: unknown key, expected one of [url, token, style, retry, auth]");
    }

    @Test
    void bind_absentSectionWithoutRequiredKeys_bindsItsDefaults() {
        ConfigValues values = new ConfigSection("http", Map.of("url", "https://a.example")).bind(HTTP);

        assertThat(values.section("retry").intValue("maxAttempts")).isEqualTo(3);
        assertThat(values.section("retry").duration("backoff")).isEqualTo(Duration.ofMillis(500));
        assertThat(values.string("style")).isEqualTo("cursor");
    }

    @Test
    void bind_absentSectionWithRequiredKeys_staysUnset() {
        ConfigValues values = new ConfigSection("http", Map.of("url", "https://a.example")).bind(HTTP);

        assertThat(values.isSet("auth")).isFalse();
        assertThat(values.isSet("token")).isFalse();
    }

    @Test
    void bind_severalProblems_collectsAllInOrder() {
        ConfigSection section = new ConfigSection("http", Map.of(
                "retry", Map.of("maxAttempts", 0, "backoff", "soon"),
                "auth", Map.of(),
                "extra", 1));
        List<String> problems = new ArrayList<>();

        ConfigValues values = section.bind(HTTP, problems);

        assertThat(problems).containsExactly(
                "http.extra: unknown key, expected one of [url, token, style, retry, auth]",
                "http.url: required key is missing",
                "http.retry.maxAttempts: must be ≥ 1, was 0",
                "http.retry.backoff: must be a duration such as 500ms, 30s, 14m, 2h or PT5M, was 'soon'",
                "http.auth.header: required key is missing");
        assertThat(values.isSet("url")).isFalse();
    }

    @Test
    void bind_throwingVariant_listsEveryProblemOnItsOwnLine() {
        ConfigSection section = new ConfigSection("http", Map.of("style", "offset"));

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> section.bind(HTTP));

        assertThat(e.problems()).containsExactly(
                "http.url: required key is missing",
                "http.style: must be one of [cursor, page], was 'offset'");
        assertThat(e).hasMessage("http.url: required key is missing\n"
                + "http.style: must be one of [cursor, page], was 'offset'");
    }

    @Test
    void bind_sensitiveKey_bindsSecretAndHidesIt() {
        ConfigValues values = new ConfigSection("http", Map.of("url", "https://a.example", "token", "t0p-s3cret"))
                .bind(HTTP);

        assertThat(values.secret("token")).isEqualTo(Secret.of("t0p-s3cret"));
        assertThat(values.string("token")).isEqualTo("t0p-s3cret");
        assertThat(values.toString()).doesNotContain("t0p-s3cret").contains("token=[hidden]");
    }

    @Test
    void bind_secretValueOfPlainKey_keepsItHidden() {
        ConfigDef def = ConfigDef.of(ConfigKey.string("header"), ConfigKey.integer("n"));
        ConfigSection section = new ConfigSection("auth", Map.of("header", Secret.of("Bearer abc"), "n", Secret.of("x")));
        List<String> problems = new ArrayList<>();

        ConfigValues values = section.bind(def, problems);

        assertThat(values.secret("header").reveal()).isEqualTo("Bearer abc");
        assertThat(values.toString()).doesNotContain("abc");
        assertThat(problems).containsExactly("auth.n: must be an integer, was [hidden]");
    }

    @Test
    void sectionToString_hidesSecrets() {
        ConfigSection section = new ConfigSection("auth", Map.of("value", Secret.of("abc"), "header", "X-Key"));

        assertThat(section.toString()).doesNotContain("abc").contains("value=[hidden]");
        assertThat(section.string("value")).contains("abc");
        assertThat(section.secret("header")).contains(Secret.of("X-Key"));
    }

    @Test
    void accessor_ofWrongType_failsAsProgrammingError() {
        ConfigValues values = new ConfigSection("http", Map.of("url", "https://a.example")).bind(HTTP);

        assertThatThrownBy(() -> values.duration("url"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read http.url as duration: declared url");
        assertThatThrownBy(() -> values.string("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read http.nope: not declared");
        assertThatThrownBy(() -> values.secret("token"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot read http.token: not set");
    }

    @Test
    void longValue_existingAccessor_keepsItsMessages() {
        ConfigSection section = new ConfigSection("storage", Map.of("size", 0));

        assertThat(section.longValue("absent", 7, 1)).isEqualTo(7);
        assertThatThrownBy(() -> section.longValue("size", 7, 1))
                .isInstanceOf(ConfigException.class)
                .hasMessage("storage.size: must be ≥ 1, was 0");
    }

    @Test
    void configException_singleMessage_isItsOnlyProblem() {
        assertThat(new ConfigException("x: bad").problems()).containsExactly("x: bad");
        assertThatThrownBy(() -> new ConfigException(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
