package dev.nfe.core.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nfe.core.extract.HttpExtractorFactory;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.RunSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run's deadline bounds every network call of the {@code http} extractor on the real clock: a server that
 * stalls, drips or asks to wait makes the extract stage return by its deadline with a continuation, keeping the pages
 * committed before, and the next run fetches the rest with every document in bronze once.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NetworkDeadlineTest {
    private static final Duration BUDGET = Duration.ofSeconds(3);
    /** How late a run may return: thread wake-ups and the commit of nothing. */
    private static final Duration TOLERANCE = Duration.ofMillis(750);
    private static final NfeGenerator CHAVES = NfeGenerator.seeded(7);

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(20)).build();

    @TempDir
    Path directory;

    private PipelineFixture fixture;

    @BeforeEach
    void lake() {
        fixture = new PipelineFixture(directory);
    }

    @Test
    void extract_bodyStallingLongerThanTheDeadline_returnsByTheDeadlineAndResumes() {
        assertStopsAndResumes(okJson(lastPage(3, 4)).withChunkedDribbleDelay(2, 20_000));
    }

    @Test
    void extract_bodyDrippingUnderTheIdleTimeout_returnsByTheDeadlineAndResumes() {
        assertStopsAndResumes(okJson(lastPage(3, 4)).withChunkedDribbleDelay(200, 20_000));
    }

    @Test
    void extract_headersLaterThanTheDeadline_returnsByTheDeadlineAndResumes() {
        assertStopsAndResumes(okJson(lastPage(3, 4)).withFixedDelay(20_000));
    }

    @Test
    void extract_503WithARetryAfterPastTheDeadline_returnsAtOnceAndResumes() {
        assertStopsAndResumes(aResponse().withStatus(503).withHeader("Retry-After", "50"));
    }

    @Test
    void extract_503OnEveryAttemptWithLongBackoff_returnsByTheDeadlineAndResumes() {
        assertStopsAndResumes(aResponse().withStatus(503));
    }

    /** Page 1 answers at once; page 2 answers {@code fault} in the first run and normally in the second. */
    private void assertStopsAndResumes(ResponseDefinitionBuilder fault) {
        stubPage(Optional.empty(), okJson(cursorPage("c2", 1, 2)));
        stubPage(Optional.of("c2"), fault);
        Pipeline pipeline = httpPipeline();
        StageRequest request = pipeline.request(Stage.EXTRACT).withTimeBudget(BUDGET);

        long started = System.nanoTime();
        RunSummary first = pipeline.run(request);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(BUDGET.plus(TOLERANCE));
        assertThat(first.isPartial()).isTrue();
        assertThat(first.continuation().get("stage")).contains("extract");
        assertThat(bronzeIds()).containsExactly(CHAVES.chave(1), CHAVES.chave(2));

        server.resetAll();
        stubPage(Optional.of("c2"), okJson(lastPage(3, 4)));
        RunSummary second = pipeline.run(StagePayloads.next(request, List.of(first)).orElseThrow());

        assertThat(second.isPartial()).isFalse();
        assertThat(second.duplicates()).isZero();
        assertThat(bronzeIds()).containsExactly(CHAVES.chave(1), CHAVES.chave(2), CHAVES.chave(3), CHAVES.chave(4));
    }

    private Pipeline httpPipeline() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("url", server.url("/nfe"));
        config.put("pagination", Map.of("style", "cursor", "cursorField", "next"));
        config.put("retry", Map.of("maxAttempts", 20, "backoff", "400ms", "maxBackoff", "2s", "jitter", 0));
        config.put("deadlineMargin", "1s");
        Clock clock = Clock.systemUTC();
        return fixture.builder(fixture.lake)
                .extractor(new HttpExtractorFactory().create(new ConfigSection("extract", config),
                        new PluginContext(PipelineFixture.PIPELINE, clock, name -> Optional.empty())))
                .clock(clock)
                .build();
    }

    private void stubPage(Optional<String> cursor, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo("/nfe"))
                .withQueryParam("cursor", cursor.isEmpty() ? absent() : equalTo(cursor.get()))
                .willReturn(response));
    }

    /** The chave of every document in bronze (its id less the content hash), batch by batch, repeats included. */
    private List<String> bronzeIds() {
        BronzeStore bronze = new BronzeStore(fixture.lake, "bronze", PipelineFixture.PIPELINE);
        List<String> ids = new ArrayList<>();
        for (BronzeLayout.BatchKey key : bronze.committed()) {
            bronze.read(key.manifestPath()).orElseThrow().documents()
                    .forEach(document -> ids.add(document.id().substring(0, 44)));
        }
        return ids;
    }

    private static String cursorPage(String next, int... numbers) {
        return "{\"items\":" + docs(numbers) + ",\"next\":\"" + next + "\"}";
    }

    private static String lastPage(int... numbers) {
        return "{\"items\":" + docs(numbers) + ",\"next\":null}";
    }

    private static String docs(int... numbers) {
        return IntStream.of(numbers).mapToObj(n -> "{\"chNFe\":\"" + CHAVES.chave(n) + "\",\"n\":" + n + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
