package dev.nfe.core.extract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.nfe.core.extract.FolderFixtures.chave;
import static dev.nfe.core.extract.FolderFixtures.nfeXml;
import static dev.nfe.core.extract.HttpSources.config;
import static dev.nfe.core.extract.HttpSources.extractor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.RawDocument;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpDetailTest {
    private static final InFlightRequests IN_FLIGHT = new InFlightRequests(2);

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(1).containerThreads(20).extensions(IN_FLIGHT))
            .build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final RecordingSink sink = RecordingSink.fresh();

    @Test
    void extract_detailsAtConcurrencyEight_keepListOrderWhateverTheCompletionOrder() {
        stubList(8);
        for (int n = 1; n <= 8; n++) {
            // The first listed document answers last.
            server.stubFor(get(urlPathEqualTo("/nfe/a" + n)).willReturn(xml(n).withFixedDelay((8 - n) * 40)));
        }

        extractor(detailConfig(8), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactlyElementsOf(IntStream.rangeClosed(1, 8).mapToObj(FolderFixtures::chave)
                .toList());
        assertThat(sink.documents()).extracting(RawDocument::source)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 8).mapToObj(n -> server.url("/nfe/a" + n))
                        .toList());
        assertThat(sink.documents()).allSatisfy(document ->
                assertThat(document.mediaType()).isEqualTo(MediaType.XML));
    }

    @Test
    void extract_detailsAtConcurrencyEight_overlapRequests() {
        stubList(8);
        for (int n = 1; n <= 8; n++) {
            server.stubFor(get(urlPathEqualTo("/nfe/a" + n)).willReturn(xml(n).withTransformers(IN_FLIGHT.getName())));
        }

        extractor(detailConfig(8), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(IN_FLIGHT.max()).isGreaterThanOrEqualTo(2);
        assertThat(sink.ids()).hasSize(8);
    }

    @Test
    void extract_scalarIdsAtConcurrencyOne_fetchEachOnceInOrder() {
        server.stubFor(get(urlPathEqualTo("/list")).willReturn(okJson("[\"a2\", \"a1\", \"a2\"]")));
        server.stubFor(get(urlPathEqualTo("/nfe/a1")).willReturn(xml(1)));
        server.stubFor(get(urlPathEqualTo("/nfe/a2")).willReturn(xml(2)));

        extractor(config(server.url("/list"), "detailUrl", server.url("/nfe/{id}")), sleeper)
                .extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(2), chave(1));
        server.verify(1, getRequestedFor(urlPathEqualTo("/nfe/a2")));
    }

    @Test
    void extract_idNeedingEscapes_isEncodedIntoThePath() {
        server.stubFor(get(urlPathEqualTo("/list")).willReturn(okJson("[{\"key\":\"a b/c\"}]")));
        server.stubFor(get(urlPathEqualTo("/nfe/a%20b%2Fc")).willReturn(xml(1)));

        extractor(config(server.url("/list"), "detailUrl", server.url("/nfe/{id}"), "idPointer", "key"), sleeper)
                .extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1));
    }

    @Test
    void extract_listItemWithoutId_failsNamingItemAndPointer() {
        server.stubFor(get(urlPathEqualTo("/list")).willReturn(okJson("[{\"id\":\"a1\"},{\"name\":\"x\"}]")));
        server.stubFor(get(urlPathEqualTo("/nfe/a1")).willReturn(xml(1)));

        assertThatThrownBy(() -> extractor(detailConfig(1), sleeper).extract(Checkpoint.empty(), sink))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Cannot fetch the detail of item 2 on page 1 of " + server.url("/list"))
                .hasMessageContaining("no id at /id");
    }

    @Test
    void extract_detailNotFound_failsNamingTheDetailUrl() {
        stubList(3);
        server.stubFor(get(urlPathMatching("/nfe/a[13]")).willReturn(xml(1)));
        server.stubFor(get(urlPathEqualTo("/nfe/a2")).willReturn(status(404)));

        assertThatThrownBy(() -> extractor(detailConfig(4), sleeper).extract(Checkpoint.empty(), sink))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Cannot fetch GET " + server.url("/nfe/a2") + ": HTTP 404");
        assertThat(sink.pages()).isEmpty();
    }

    private Map<String, Object> detailConfig(int concurrency) {
        return config(server.url("/list"), "detailUrl", server.url("/nfe/{id}"), "concurrency", concurrency);
    }

    private void stubList(int count) {
        String items = IntStream.rangeClosed(1, count).mapToObj(n -> "{\"id\":\"a" + n + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        server.stubFor(get(urlPathEqualTo("/list")).willReturn(okJson(items)));
    }

    private static ResponseDefinitionBuilder xml(int n) {
        return aResponse().withHeader("Content-Type", "application/xml").withBody(nfeXml(n));
    }

    /**
     * Counts requests being served at once. Each request waits (at most 5 s) until {@code together} requests have
     * arrived, so overlapping clients are seen overlapping without depending on timing.
     */
    private static final class InFlightRequests implements ResponseDefinitionTransformerV2 {
        private final AtomicInteger current = new AtomicInteger();
        private final AtomicInteger max = new AtomicInteger();
        private final CountDownLatch together;

        InFlightRequests(int together) {
            this.together = new CountDownLatch(together);
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            max.accumulateAndGet(current.incrementAndGet(), Math::max);
            try {
                together.countDown();
                together.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                current.decrementAndGet();
            }
            return serveEvent.getResponseDefinition();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return "in-flight";
        }

        int max() {
            return max.get();
        }
    }
}
