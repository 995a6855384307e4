package dev.nfe.core.extract;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.nfe.core.extract.FolderFixtures.chave;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.SecretProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Builds http extractors and WireMock answers for the http extractor tests. */
final class HttpSources {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC);
    static final SecretProvider NO_SECRETS = name -> Optional.empty();

    private HttpSources() {
    }

    /** A JSON document identified by {@code chave(n)}. */
    static String doc(int n) {
        return "{\"chNFe\":\"" + chave(n) + "\",\"n\":" + n + "}";
    }

    /** A JSON array of {@link #doc(int)}s. */
    static String docs(int... numbers) {
        return Arrays.stream(numbers).mapToObj(HttpSources::doc).collect(Collectors.joining(",", "[", "]"));
    }

    /** A list page under {@code items} with a {@code next} cursor. */
    static String cursorPage(String next, int... numbers) {
        return "{\"items\":" + docs(numbers) + ",\"next\":\"" + next + "\"}";
    }

    /** A list page under {@code items} without a next cursor. */
    static String lastPage(int... numbers) {
        return "{\"items\":" + docs(numbers) + ",\"next\":null}";
    }

    /** Fast retries: 4 attempts, 10 ms backoff doubling to 80 ms, no jitter. */
    static Map<String, Object> fastRetry() {
        return Map.of("maxAttempts", 4, "backoff", "10ms", "maxBackoff", "80ms", "jitter", 0);
    }

    /** A configuration for {@code url} with fast retries plus {@code keyValues}. */
    static Map<String, Object> config(String url, Object... keyValues) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("url", url);
        config.put("retry", fastRetry());
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put((String) keyValues[i], keyValues[i + 1]);
        }
        return config;
    }

    static HttpExtractor extractor(Map<String, Object> config, Sleeper sleeper) {
        return extractor(config, sleeper, NO_SECRETS);
    }

    static HttpExtractor extractor(Map<String, Object> config, Sleeper sleeper, SecretProvider secrets) {
        return new HttpExtractor(HttpConfigBinding.bind(new ConfigSection("extract", config), secrets), CLOCK,
                sleeper);
    }

    /** Stubs {@code request} to answer {@code responses} in turn, the last one from then on. */
    static void sequence(WireMockExtension server, Supplier<MappingBuilder> request,
                         ResponseDefinitionBuilder... responses) {
        String scenario = "sequence-" + System.nanoTime();
        for (int i = 0; i < responses.length; i++) {
            ScenarioMappingBuilder mapping = request.get().inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? STARTED : "step-" + i)
                    .willReturn(responses[i]);
            if (i < responses.length - 1) {
                mapping = mapping.willSetStateTo("step-" + (i + 1));
            }
            server.stubFor(mapping);
        }
    }
}
