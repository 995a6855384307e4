package dev.nfe.core.extract;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.nfe.core.extract.FolderFixtures.nfeXml;
import static dev.nfe.core.extract.HttpSources.config;
import static dev.nfe.core.extract.HttpSources.docs;
import static dev.nfe.core.extract.HttpSources.extractor;
import static dev.nfe.core.extract.HttpSources.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.SecretProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpAuthTest {
    private static final String TOKEN = "s3cr3t-t0ken-value";
    private static final SecretProvider SECRETS =
            name -> name.equals("api") ? Optional.of(Secret.of(TOKEN)) : Optional.empty();

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final RecordingSink sink = RecordingSink.fresh();

    @Test
    void extract_headerAuth_sendsTheResolvedSecretOnListAndDetailRequests() {
        server.stubFor(get(urlPathEqualTo("/list")).willReturn(okJson("[\"a1\"]")));
        server.stubFor(get(urlPathEqualTo("/nfe/a1")).willReturn(aResponse().withBody(nfeXml(1))));

        extractor(config(server.url("/list"), "detailUrl", server.url("/nfe/{id}"),
                "auth", Map.of("header", "Authorization", "value", "Bearer ${secret:api}")), sleeper, SECRETS)
                .extract(Checkpoint.empty(), sink);

        server.verify(getRequestedFor(urlPathEqualTo("/list")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        server.verify(getRequestedFor(urlPathEqualTo("/nfe/a1"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void extract_queryAuth_sendsTheParameterButKeepsItOutOfSourcesAndCheckpoints() {
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("page", absent())
                .willReturn(okJson("{\"items\":" + docs(1) + ",\"next\":\"/nfe?page=2&api_key=" + TOKEN + "\"}")));
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("page", equalTo("2"))
                .willReturn(okJson("{\"items\":" + docs(2) + "}")));

        extractor(config(server.url("/nfe"), "auth", Map.of("query", "api_key", "value", Secret.of(TOKEN)),
                "pagination", Map.of("style", "next-url", "nextUrlField", "next")), sleeper)
                .extract(Checkpoint.empty(), sink);

        server.verify(2, getRequestedFor(urlPathEqualTo("/nfe")).withQueryParam("api_key", equalTo(TOKEN)));
        assertThat(sink.documents()).extracting(RawDocument::source)
                .containsExactly(server.url("/nfe"), server.url("/nfe?page=2"));
        assertThat(sink.checkpoints()).allSatisfy(checkpoint ->
                assertThat(checkpoint.values().toString()).doesNotContain(TOKEN));
    }

    @Test
    void extract_nextLinkEchoingTheHeaderSecretUnderAnotherName_storesItStrippedAndResumesWithTheHeader() {
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("page", absent())
                .willReturn(okJson("{\"items\":" + docs(1) + ",\"next\":\"/nfe?page=2&access_token=" + TOKEN
                        + "\"}")));
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("page", equalTo("2"))
                .willReturn(okJson("{\"items\":" + docs(2) + "}")));
        Map<String, Object> config = config(server.url("/nfe"),
                "auth", Map.of("header", "Authorization", "value", "Bearer ${secret:api}"),
                "pagination", Map.of("style", "next-url", "nextUrlField", "next"));
        RecordingSink first = RecordingSink.fresh().expiringAfterCommits(1, HttpSources.CLOCK.instant());

        extractor(config, sleeper, SECRETS).extract(Checkpoint.empty(), first);
        Checkpoint saved = first.checkpoints().get(0);
        server.resetRequests();
        extractor(config, sleeper, SECRETS).extract(saved, sink);

        assertThat(saved.values()).containsEntry("http.nextUrl", server.url("/nfe?page=2"));
        assertThat(saved.values().toString()).doesNotContain(TOKEN);
        server.verify(getRequestedFor(urlPathEqualTo("/nfe")).withQueryParam("page", equalTo("2"))
                .withQueryParam("access_token", absent())
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertThat(sink.documents()).extracting(RawDocument::source).containsExactly(server.url("/nfe?page=2"));
    }

    @Test
    void strip_userInfoAndParametersCarryingTheSecret_removesThem() {
        Redactor redactor = Redactor.of(Optional.of(new HttpSourceConfig.Auth(HttpSourceConfig.Placement.HEADER,
                "Authorization", Secret.of("Bearer " + TOKEN))));

        assertThat(redactor.strip(URI.create("https://user:" + TOKEN + "@api.example/nfe?a=1&t=" + TOKEN
                + "&b=Bearer%20" + TOKEN)).toString()).isEqualTo("https://api.example/nfe?a=1");
    }

    @Test
    void extract_errorBodyEchoingTheSecret_keepsItOutOfTheMessage() {
        server.stubFor(get(urlPathEqualTo("/nfe"))
                .willReturn(status(401).withBody("invalid credential Bearer " + TOKEN + " for /nfe")));

        assertThatThrownBy(() -> extractor(config(server.url("/nfe"),
                "auth", Map.of("header", "Authorization", "value", "Bearer " + TOKEN)), sleeper)
                .extract(Checkpoint.empty(), sink))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("HTTP 401: invalid credential [hidden] for /nfe")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
    }

    @Test
    void extract_retriedFailuresWithQueryAuth_neverLogOrThrowTheSecret() {
        sequence(server, () -> get(urlPathEqualTo("/nfe")), status(503).withBody("busy, key=" + TOKEN),
                status(500).withBody(TOKEN), status(503), status(503));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        Throwable thrown;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            thrown = catchThrowable(() -> extractor(config(server.url("/nfe"),
                    "auth", Map.of("query", "key", "value", TOKEN)), sleeper).extract(Checkpoint.empty(), sink));
        } finally {
            System.setErr(original);
        }

        assertThat(thrown).isInstanceOf(NfeException.class).hasMessageContaining("gave up after 4 attempts");
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Retrying").doesNotContain(TOKEN);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            assertThat(cause.getMessage()).doesNotContain(TOKEN);
        }
    }

    @Test
    void extract_nextUrlOnAnotherHostWithAuth_isRefused() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(okJson("{\"items\":" + docs(1)
                + ",\"next\":\"https://elsewhere.example/nfe?page=2\"}")));

        assertThatThrownBy(() -> extractor(config(server.url("/nfe"),
                "auth", Map.of("header", "X-Api-Key", "value", TOKEN),
                "pagination", Map.of("style", "next-url", "nextUrlField", "next")), sleeper)
                .extract(Checkpoint.empty(), sink))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("credentials are only sent to the configured host");
        server.verify(1, getRequestedFor(urlPathEqualTo("/nfe")));
    }
}
