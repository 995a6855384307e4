package dev.nfe.core.extract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.nfe.core.extract.FolderFixtures.chave;
import static dev.nfe.core.extract.HttpSources.config;
import static dev.nfe.core.extract.HttpSources.docs;
import static dev.nfe.core.extract.HttpSources.extractor;
import static dev.nfe.core.extract.HttpSources.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.TransientException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Responses whose headers arrive but whose body stalls or drips: every read is bounded and retried. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpStallTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final RecordingSink sink = RecordingSink.fresh();

    @Test
    void extract_bodyStallingThenSuccess_retriesAfterTheIdleTimeout() {
        sequence(server, () -> get(urlPathEqualTo("/nfe")),
                okJson(docs(1, 2, 3)).withChunkedDribbleDelay(2, 1_000), okJson(docs(1, 2, 3)));

        extractor(config(server.url("/nfe"), "timeouts", Map.of("idle", "100ms")), sleeper)
                .extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1), chave(2), chave(3));
        assertThat(sleeper.waits()).hasSize(1);
        server.verify(2, getRequestedFor(urlPathEqualTo("/nfe")));
    }

    @Test
    void extract_bodyStallingOnEveryAttempt_failsNamingTheIdleTimeout() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(okJson(docs(1, 2)).withChunkedDribbleDelay(2, 1_000)));

        assertThatThrownBy(() -> extractor(config(server.url("/nfe"), "timeouts", Map.of("idle", "100ms")), sleeper)
                .extract(Checkpoint.empty(), sink))
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("gave up after 4 attempts")
                .hasMessageContaining("timeouts.idle");
        assertThat(sink.pages()).isEmpty();
        server.verify(4, getRequestedFor(urlPathEqualTo("/nfe")));
    }

    @Test
    void extract_dripUnderTheIdleTimeoutButOverTheTotal_failsNamingTheBodyTimeout() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(okJson(docs(1, 2, 3, 4)).withChunkedDribbleDelay(20,
                2_000)));

        assertThatThrownBy(() -> extractor(config(server.url("/nfe"),
                "retry", Map.of("maxAttempts", 2, "backoff", "10ms", "jitter", 0),
                "timeouts", Map.of("idle", "1s", "body", "500ms")), sleeper).extract(Checkpoint.empty(), sink))
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("gave up after 2 attempts")
                .hasMessageContaining("timeouts.body");
        assertThat(sink.pages()).isEmpty();
    }
}
