package dev.nfe.examples.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.nfe.core.generate.NfeGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTTP fault set, through {@code nfe run} in a separate JVM against a WireMock API serving 30 generated NF-e in
 * three cursor pages: each fault hits the second page. A fault that retries absorb costs one run; one they cannot
 * absorb fails the run (exit 1) after the first page is committed, and the rerun, once the API behaves, resumes at the
 * second page. Either way every document is in silver once.
 */
@Tag("reliability")
class HttpFaultRunTest {
    private static final int DOCUMENTS = 30;
    private static final int PAGE = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReliabilityTable TABLE = new ReliabilityTable("HTTP faults on the second page");

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(2)).build();

    @TempDir
    Path directory;

    /** A fault of the second page, with how many attempts of it the run should make. */
    enum ApiFault {
        STALLED_BODY_ONCE("body stalls once (headers sent, then nothing)", true, 2,
                ok -> ok.withChunkedDribbleDelay(4, 5_000)),
        STALLED_BODY_ALWAYS("body stalls on every attempt", false, 4, ok -> ok.withChunkedDribbleDelay(4, 5_000)),
        SLOW_DRIP_ALWAYS("body drips under timeouts.idle but past timeouts.body", false, 4,
                ok -> ok.withChunkedDribbleDelay(40, 4_000)),
        HEADERS_LATE_ONCE("headers later than timeouts.request once", true, 2, ok -> ok.withFixedDelay(3_000)),
        SERVER_ERROR_THRICE("503 three times, then OK", true, 4, ok -> aResponse().withStatus(503)),
        RATE_LIMITED_ONCE("429 with Retry-After: 1, then OK", true, 2,
                ok -> aResponse().withStatus(429).withHeader("Retry-After", "1")),
        RESET_ONCE("connection reset by peer, then OK", true, 2,
                ok -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        GARBAGE_ONCE("malformed chunked body, then OK", true, 2,
                ok -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
        SERVER_ERROR_ALWAYS("500 on every attempt", false, 4, ok -> aResponse().withStatus(500));

        final String description;
        final boolean absorbed;
        final int attempts;
        final Function<ResponseDefinitionBuilder, ResponseDefinitionBuilder> fault;

        ApiFault(String description, boolean absorbed, int attempts,
                Function<ResponseDefinitionBuilder, ResponseDefinitionBuilder> fault) {
            this.description = description;
            this.absorbed = absorbed;
            this.attempts = attempts;
            this.fault = fault;
        }

        /** How many faulty answers come before a good one: all but the last attempt, or every one. */
        int faultyAnswers() {
            return this == SERVER_ERROR_THRICE ? 3 : absorbed ? 1 : Integer.MAX_VALUE;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiFault.class)
    void run_withFaultOnTheSecondPage_keepsEveryDocumentOnce(ApiFault fault) throws IOException {
        api.resetAll();
        Lake lake = Lake.generated(directory, 0);
        stubPages(fault);
        Path config = config();

        PipelineProcess.Result first = PipelineProcess.run(directory, config, List.of());
        int runs = 1;
        if (!fault.absorbed) {
            assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(1);
            assertThat(first.err()).doesNotContain("\tat ");
            assertThat(api.findAll(page(2))).hasSize(fault.attempts);
            api.resetAll();
            stubPages(null);
            PipelineProcess.Result rerun = PipelineProcess.run(directory, config, List.of());
            assertThat(rerun.exitCode()).as(rerun.err()).isZero();
            runs = 2;
        } else {
            assertThat(first.exitCode()).as(first.err()).isZero();
        }

        List<String> silver = lake.silverChaves();
        long lost = ReliabilityTable.lost(Lake.chaves(DOCUMENTS), silver);
        long duplicated = ReliabilityTable.duplicated(silver);
        TABLE.add(fault.description, runs, lost, duplicated, fault.absorbed
                ? fault.attempts + " attempts of page 2 in one run"
                : "run 1: " + fault.attempts + " attempts of page 2, exit 1 with page 1 committed; rerun resumes at"
                        + " page 2");
        assertThat(silver).containsExactlyInAnyOrderElementsOf(Lake.chaves(DOCUMENTS));
        // After a failed run the journal was reset: the rerun asked for page 2 and 3, not page 1 again.
        api.verify(fault.absorbed ? 1 : 0, page(1));
        api.verify(fault.absorbed ? fault.attempts : 1, page(2));
        api.verify(1, page(3));
    }

    @AfterAll
    static void writeTable() {
        TABLE.write();
    }

    private Path config() throws IOException {
        Path file = directory.resolve("http.yaml");
        Files.writeString(file, "pipeline: " + Lake.PIPELINE + "\n"
                + "storage: { type: local, root: ./lake }\n"
                + "extract:\n"
                + "  type: http\n"
                + "  url: " + api.url("/nfe") + "\n"
                + "  pagination: { style: cursor, cursorField: next, cursorParam: cursor }\n"
                + "  response: { format: json-list, itemsPointer: /items }\n"
                + "  retry: { maxAttempts: 4, backoff: 50ms, maxBackoff: 200ms, jitter: 0, maxRetryAfter: 2s }\n"
                + "  timeouts: { connect: 2s, request: 1s, idle: 500ms, body: 2s }\n"
                + "transform: { deserializer: nfe-json, writer: parquet, catalog: none }\n",
                StandardCharsets.UTF_8);
        return file;
    }

    /** Three pages of envelopes; the second answers {@code fault} first, when there is one. */
    private static void stubPages(ApiFault fault) {
        for (int page = 1; page <= 3; page++) {
            ResponseDefinitionBuilder ok = okJson(page(page, page < 3 ? "c" + (page + 1) : null));
            MappingBuilder request = get(urlPathEqualTo("/nfe"));
            request = page == 1 ? request.withQueryParam("cursor", absent())
                    : request.withQueryParam("cursor", equalTo("c" + page));
            if (page != 2 || fault == null) {
                api.stubFor(request.willReturn(ok));
            } else if (fault.faultyAnswers() == Integer.MAX_VALUE) {
                api.stubFor(request.willReturn(fault.fault.apply(okJson(page(2, "c3")))));
            } else {
                String scenario = "page-2-" + fault;
                for (int answer = 0; answer <= fault.faultyAnswers(); answer++) {
                    ScenarioMappingBuilder step = get(urlPathEqualTo("/nfe"))
                            .withQueryParam("cursor", equalTo("c2"))
                            .inScenario(scenario)
                            .whenScenarioStateIs(answer == 0 ? STARTED : "answer-" + answer)
                            .willReturn(answer < fault.faultyAnswers() ? fault.fault.apply(okJson(page(2, "c3"))) : ok);
                    if (answer < fault.faultyAnswers()) {
                        step = step.willSetStateTo("answer-" + (answer + 1));
                    }
                    api.stubFor(step);
                }
            }
        }
    }

    private static RequestPatternBuilder page(int page) {
        RequestPatternBuilder request = getRequestedFor(urlPathEqualTo("/nfe"));
        return page == 1 ? request.withQueryParam("cursor", absent())
                : request.withQueryParam("cursor", equalTo("c" + page));
    }

    /** Page {@code page}'s body: its ten documents as {@code {chave, xml}} envelopes and the next cursor. */
    private static String page(int page, String next) {
        NfeGenerator generator = NfeGenerator.seeded(42);
        ObjectNode body = JSON.createObjectNode();
        ArrayNode items = body.putArray("items");
        for (int index = (page - 1) * PAGE; index < page * PAGE; index++) {
            items.addObject()
                    .put("chave", generator.chave(index))
                    .put("xml", new String(generator.generate(index).xml(), StandardCharsets.UTF_8));
        }
        if (next == null) {
            body.putNull("next");
        } else {
            body.put("next", next);
        }
        return body.toString();
    }
}
