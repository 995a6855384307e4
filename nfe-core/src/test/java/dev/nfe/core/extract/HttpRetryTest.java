package dev.nfe.core.extract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.nfe.core.extract.FolderFixtures.chave;
import static dev.nfe.core.extract.HttpSources.config;
import static dev.nfe.core.extract.HttpSources.docs;
import static dev.nfe.core.extract.HttpSources.extractor;
import static dev.nfe.core.extract.HttpSources.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.TransientException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HttpRetryTest {
    private static final String BAD_GATEWAY = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final RecordingSink sink = RecordingSink.fresh();

    @Test
    void extract_serverErrorsThenSuccess_retriesWithExponentialBackoff() {
        sequence(server, () -> get(urlPathEqualTo("/nfe")),
                serverError(), status(503), status(500), okJson(docs(1)));

        extractor(config(server.url("/nfe")), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1));
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20),
                Duration.ofMillis(40));
        server.verify(4, getRequestedFor(urlPathEqualTo("/nfe")));
    }

    @Test
    void extract_tooManyRequestsWithRetryAfterSeconds_waitsAsAsked() {
        sequence(server, () -> get(urlPathEqualTo("/nfe")),
                status(429).withHeader("Retry-After", "7"), okJson(docs(1)));

        extractor(config(server.url("/nfe")), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(sink.ids()).containsExactly(chave(1));
    }

    @Test
    void extract_unavailableWithRetryAfterDate_waitsUntilThatDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(HttpSources.CLOCK.instant().plusSeconds(42).atOffset(ZoneOffset.UTC));
        sequence(server, () -> get(urlPathEqualTo("/nfe")),
                status(503).withHeader("Retry-After", date), okJson(docs(1)));

        extractor(config(server.url("/nfe")), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(42));
    }

    @Test
    void extract_retryAfterBeyondTheCap_waitsMaxRetryAfter() {
        sequence(server, () -> get(urlPathEqualTo("/nfe")),
                status(429).withHeader("Retry-After", "3600"), okJson(docs(1)));

        extractor(config(server.url("/nfe"), "retry", Map.of("backoff", "10ms", "maxRetryAfter", "90s")), sleeper)
                .extract(Checkpoint.empty(), sink);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(90));
    }

    @Test
    void extract_readTimeout_isRetried() {
        sequence(server, () -> get(urlPathEqualTo("/nfe")),
                okJson(docs(1)).withFixedDelay(1500), okJson(docs(2)));

        extractor(config(server.url("/nfe"), "timeouts", Map.of("request", "200ms")), sleeper)
                .extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(2));
        assertThat(sleeper.waits()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void extract_connectionFaults_areRetried(Fault fault) {
        // Three in a row: java.net.http may itself repeat a GET once after a reset or an empty response.
        sequence(server, () -> get(urlPathEqualTo("/nfe")), aResponse().withFault(fault),
                aResponse().withFault(fault), aResponse().withFault(fault), okJson(docs(1)));

        extractor(config(server.url("/nfe")), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1));
        assertThat(sleeper.waits()).isNotEmpty();
    }

    @Test
    void extract_serverErrorsUntilRetriesRunOut_throwsTransientNamingUrlAndStatus() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(status(503).withBody("Service Unavailable")));

        assertThatThrownBy(() -> extractor(config(server.url("/nfe")), sleeper).extract(Checkpoint.empty(), sink))
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("Cannot fetch GET " + server.url("/nfe"))
                .hasMessageContaining("gave up after 4 attempts")
                .hasMessageContaining("HTTP 503: Service Unavailable");
        server.verify(4, getRequestedFor(urlPathEqualTo("/nfe")));
    }

    @Test
    void extract_notFound_failsAtOnceWithoutRetry() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(status(404).withBody("{\"error\":\"no such feed\"}")));

        assertThatThrownBy(() -> extractor(config(server.url("/nfe")), sleeper).extract(Checkpoint.empty(), sink))
                .isInstanceOf(NfeException.class)
                .isNotInstanceOf(TransientException.class)
                .hasMessageContaining("HTTP 404: {\"error\":\"no such feed\"}");
        server.verify(1, getRequestedFor(urlPathEqualTo("/nfe")));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void extract_requestTimeoutStatus_isRetried() {
        sequence(server, () -> get(urlPathEqualTo("/nfe")), status(408), okJson(docs(1)));

        extractor(config(server.url("/nfe")), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1));
    }

    @Test
    void extract_completeResponseWithTruncatedJson_failsAtOnceAsInvalidJson() {
        server.stubFor(get(urlPathEqualTo("/nfe"))
                .willReturn(okJson("{\"items\":[{\"chNFe\":\"" + chave(1) + "\"},{\"chNFe\":\"35")));

        assertThatThrownBy(() -> extractor(config(server.url("/nfe")), sleeper).extract(Checkpoint.empty(), sink))
                .isInstanceOf(NfeException.class)
                .isNotInstanceOf(TransientException.class)
                .hasMessageContaining("Cannot read the response of " + server.url("/nfe") + ": not valid JSON");
        server.verify(1, getRequestedFor(urlPathEqualTo("/nfe")));
    }

    @Test
    void extract_proxyErrorPage_givesStatusAndAShortPlainExcerpt() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(status(502)
                .withHeader("Content-Type", "text/html").withBody(BAD_GATEWAY + "x".repeat(5000))));

        assertThatThrownBy(() -> extractor(config(server.url("/nfe")), sleeper).extract(Checkpoint.empty(), sink))
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("HTTP 502: 502 Bad Gateway 502 Bad Gateway nginx x")
                .satisfies(e -> {
                    String excerpt = e.getMessage().substring(e.getMessage().indexOf("HTTP 502: ") + 10);
                    assertThat(excerpt).hasSizeLessThanOrEqualTo(BodyExcerpt.MAX_CHARS).doesNotContain("<");
                });
    }

    @Test
    void extract_htmlWhereJsonWasExpected_failsNamingStatusAndContentType() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<html><body><h1>Login</h1> Please sign in</body></html>")));

        assertThatThrownBy(() -> extractor(config(server.url("/nfe")), sleeper).extract(Checkpoint.empty(), sink))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Expected JSON from " + server.url("/nfe")
                        + " but got HTTP 200 (text/html; charset=utf-8): Login Please sign in");
    }

    @Test
    void extract_responseOverTheLimit_failsNamingUrlAndLimit() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(okJson(docs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))));

        assertThatThrownBy(() -> extractor(config(server.url("/nfe"), "maxResponseBytes", "512"), sleeper)
                .extract(Checkpoint.empty(), sink))
                .isInstanceOf(NfeException.class)
                .isNotInstanceOf(TransientException.class)
                .hasMessageContaining("Cannot fetch GET " + server.url("/nfe"))
                .hasMessageContaining("over maxResponseBytes 512");
    }

    @Test
    void extract_chunkedResponseOverTheLimit_failsWhileReading() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(okJson(docs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
                .withChunkedDribbleDelay(4, 20)));

        assertThatThrownBy(() -> extractor(config(server.url("/nfe"), "maxResponseBytes", "512"), sleeper)
                .extract(Checkpoint.empty(), sink))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("has more than 512 bytes, over maxResponseBytes 512");
    }

    @Test
    void extract_interrupted_restoresTheFlagAndFails() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(okJson(docs(1))));
        HttpExtractor extractor = extractor(config(server.url("/nfe")), sleeper);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> extractor.extract(Checkpoint.empty(), sink))
                    .isInstanceOf(NfeException.class)
                    .hasMessageContaining("Interrupted while fetching GET " + server.url("/nfe"));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
