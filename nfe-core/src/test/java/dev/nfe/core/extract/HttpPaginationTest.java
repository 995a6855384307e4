package dev.nfe.core.extract;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.nfe.core.extract.FolderFixtures.chave;
import static dev.nfe.core.extract.HttpSources.config;
import static dev.nfe.core.extract.HttpSources.cursorPage;
import static dev.nfe.core.extract.HttpSources.docs;
import static dev.nfe.core.extract.HttpSources.extractor;
import static dev.nfe.core.extract.HttpSources.lastPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.Extractor.ExtractResult;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.RawDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpPaginationTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    void extract_cursorPages_commitsEachWithTheNextCursor() {
        stubCursor("", cursorPage("c2", 1, 2));
        stubCursor("c2", cursorPage("c3", 3));
        stubCursor("c3", lastPage(4));
        RecordingSink sink = RecordingSink.fresh();

        ExtractResult result = extractor(cursorConfig(), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(result.exhausted()).isTrue();
        assertThat(sink.ids()).containsExactly(chave(1), chave(2), chave(3), chave(4));
        assertThat(sink.checkpoints()).extracting(checkpoint -> checkpoint.get(Pagination.CURSOR).orElseThrow())
                .containsExactly("c2", "c3", "c3");
    }

    @Test
    void extract_emptyLastPage_endsTheRunWithoutCommittingIt() {
        stubCursor("", cursorPage("c2", 1));
        stubCursor("c2", cursorPage("c3", 2));
        stubCursor("c3", "{\"items\":[],\"next\":\"c4\"}");
        RecordingSink sink = RecordingSink.fresh();

        ExtractResult result = extractor(cursorConfig(), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(result.exhausted()).isTrue();
        assertThat(sink.pages()).hasSize(2);
        assertThat(result.checkpoint().get(Pagination.CURSOR)).contains("c3");
    }

    @Test
    void extract_cursorReturnedTwice_failsNamingBothPages() {
        stubCursor("", cursorPage("c2", 1));
        stubCursor("c2", cursorPage("c3", 2));
        stubCursor("c3", cursorPage("c2", 3));
        RecordingSink sink = RecordingSink.fresh();

        assertThatThrownBy(() -> extractor(cursorConfig(), sleeper).extract(Checkpoint.empty(), sink))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("cursor loop detected at page 3: cursor c2 was already returned at page 1");
        assertThat(sink.pages()).hasSize(2);
    }

    @Test
    void extract_sameDocumentOnTwoPages_emitsItOncePerPage() {
        stubCursor("", cursorPage("c2", 1, 2));
        stubCursor("c2", lastPage(2, 3));
        RecordingSink sink = RecordingSink.fresh();

        extractor(cursorConfig(), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1), chave(2), chave(2), chave(3));
    }

    @Test
    void extract_sameDocumentTwiceInOnePage_emitsItOnce() {
        stubCursor("", lastPage(1, 1, 2));
        RecordingSink sink = RecordingSink.fresh();

        extractor(cursorConfig(), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1), chave(2));
    }

    @Test
    void extract_crashOnThirdCommit_restartRequestsOnlyPageThreeOnwards() {
        stubCursor("", cursorPage("c2", 1, 2));
        stubCursor("c2", cursorPage("c3", 3, 4));
        stubCursor("c3", cursorPage("c4", 5, 6));
        stubCursor("c4", cursorPage("c5", 7, 8));
        stubCursor("c5", lastPage(9, 10));
        HttpExtractor extractor = extractor(cursorConfig(), sleeper);
        RecordingSink crashed = RecordingSink.fresh().crashingOnCommit(3);

        assertThatThrownBy(() -> extractor.extract(Checkpoint.empty(), crashed)).hasMessageContaining("crash");
        server.resetRequests();
        RecordingSink resumed = new RecordingSink(crashed.lastCheckpoint());
        ExtractResult result = extractor.extract(crashed.lastCheckpoint(), resumed);

        assertThat(result.exhausted()).isTrue();
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/nfe"))))
                .extracting(request -> request.queryParameter("cursor").firstValue())
                .containsExactly("c3", "c4", "c5");
        List<String> union = Stream.concat(crashed.ids().stream(), resumed.ids().stream()).toList();
        assertThat(union).containsExactlyElementsOf(IntStream.rangeClosed(1, 10).mapToObj(FolderFixtures::chave)
                .toList());
    }

    @Test
    void extract_fromTheCheckpointOfAFinishedRun_reReadsOnlyTheLastPage() {
        stubCursor("", cursorPage("c2", 1));
        stubCursor("c2", lastPage(2));
        HttpExtractor extractor = extractor(cursorConfig(), sleeper);
        Checkpoint end = extractor.extract(Checkpoint.empty(), RecordingSink.fresh()).checkpoint();
        server.resetRequests();
        RecordingSink again = new RecordingSink(end);

        extractor.extract(end, again);

        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/nfe")))).hasSize(1);
        assertThat(again.ids()).containsExactly(chave(2));
    }

    @Test
    void extract_deadlineNearAfterFirstPage_stopsBeforeRequestingTheNext() {
        stubCursor("", cursorPage("c2", 1));
        stubCursor("c2", lastPage(2));
        RecordingSink sink = RecordingSink.fresh()
                .expiringAfterCommits(1, HttpSources.CLOCK.instant().plusSeconds(2));

        ExtractResult result = extractor(cursorConfig(), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(result).isEqualTo(new ExtractResult(Checkpoint.empty().with(Pagination.CURSOR, "c2"), false));
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/nfe")))).hasSize(1);
    }

    @Test
    void extract_nextUrlPages_followRelativeAndAbsoluteLinks() {
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("p", absent())
                .willReturn(okJson("{\"data\":" + docs(1) + ",\"links\":{\"next\":\"/nfe?p=2\"}}")));
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("p", equalTo("2"))
                .willReturn(okJson("{\"data\":" + docs(2) + ",\"links\":{\"next\":\"" + server.url("/nfe?p=3")
                        + "\"}}")));
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("p", equalTo("3"))
                .willReturn(okJson("{\"data\":" + docs(3) + ",\"links\":{}}")));
        RecordingSink sink = RecordingSink.fresh();

        extractor(config(server.url("/nfe"),
                "pagination", Map.of("style", "next-url", "nextUrlField", "/links/next"),
                "response", Map.of("itemsPointer", "/data")), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1), chave(2), chave(3));
        assertThat(sink.checkpoints()).extracting(checkpoint -> checkpoint.get(Pagination.NEXT_URL).orElseThrow())
                .containsExactly(server.url("/nfe?p=2"), server.url("/nfe?p=3"), server.url("/nfe?p=3"));
    }

    @Test
    void extract_pageNumbers_stopAtTheEmptyPageAndSaveItsNumber() {
        stubPage("page", "1", docs(1, 2));
        stubPage("page", "2", docs(3));
        stubPage("page", "3", "[]");
        RecordingSink sink = RecordingSink.fresh();

        ExtractResult result = extractor(config(server.url("/nfe"),
                "pagination", Map.of("style", "page")), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1), chave(2), chave(3));
        assertThat(sink.checkpoints()).extracting(checkpoint -> checkpoint.get(Pagination.PAGE).orElseThrow())
                .containsExactly("2", "3");
        assertThat(result.checkpoint().get(Pagination.PAGE)).contains("3");
    }

    @Test
    void extract_pageNumbersFromZeroWithPageSize_sendBothParameters() {
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("p", equalTo("0"))
                .withQueryParam("size", equalTo("2")).willReturn(okJson(docs(1, 2))));
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("p", equalTo("1"))
                .withQueryParam("size", equalTo("2")).willReturn(okJson("[]")));
        RecordingSink sink = RecordingSink.fresh();

        extractor(config(server.url("/nfe"), "pagination", Map.of("style", "page", "pageParam", "p",
                "startPage", 0, "limitParam", "size", "limit", 2)), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1), chave(2));
    }

    @Test
    void extract_offsets_advanceByTheItemsReceived() {
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("offset", equalTo("0"))
                .withQueryParam("limit", equalTo("2")).willReturn(okJson(docs(1, 2))));
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("offset", equalTo("2"))
                .withQueryParam("limit", equalTo("2")).willReturn(okJson(docs(3))));
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("offset", equalTo("3"))
                .withQueryParam("limit", equalTo("2")).willReturn(okJson("[]")));
        RecordingSink sink = RecordingSink.fresh();

        extractor(config(server.url("/nfe"), "pagination", Map.of("style", "offset", "limit", 2)), sleeper)
                .extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1), chave(2), chave(3));
        assertThat(sink.checkpoints()).extracting(checkpoint -> checkpoint.get(Pagination.OFFSET).orElseThrow())
                .containsExactly("2", "3");
    }

    @Test
    void extract_offsetFromCheckpoint_resumesThere() {
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("offset", equalTo("2"))
                .willReturn(okJson(docs(3))));
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("offset", equalTo("3"))
                .willReturn(okJson("[]")));
        Checkpoint from = Checkpoint.empty().with(Pagination.OFFSET, "2");
        RecordingSink sink = new RecordingSink(from);

        extractor(config(server.url("/nfe"), "pagination", Map.of("style", "offset", "limit", 2)), sleeper)
                .extract(from, sink);

        assertThat(sink.ids()).containsExactly(chave(3));
    }

    @Test
    void extract_linkHeader_followsRelNext() {
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("page", absent()).willReturn(okJson(docs(1))
                .withHeader("Link", "<" + server.url("/nfe?page=2") + ">; rel=\"next\", <"
                        + server.url("/nfe?page=9") + ">; rel=\"last\"")));
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam("page", equalTo("2")).willReturn(okJson(docs(2))
                .withHeader("Link", "</nfe>; rel=\"first prev\"")));
        RecordingSink sink = RecordingSink.fresh();

        ExtractResult result = extractor(config(server.url("/nfe"), "pagination", Map.of("style", "link")), sleeper)
                .extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1), chave(2));
        assertThat(result.checkpoint().get(Pagination.NEXT_URL)).contains(server.url("/nfe?page=2"));
    }

    @Test
    void extract_serverIgnoringThePageParameter_failsAsAPageLoop() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(okJson(docs(1, 2))));
        RecordingSink sink = RecordingSink.fresh();

        assertThatThrownBy(() -> extractor(config(server.url("/nfe"), "pagination", Map.of("style", "page")),
                sleeper).extract(Checkpoint.empty(), sink))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("page loop detected at page 2: the response is identical to page 1");
    }

    @Test
    void extract_postWithBodyTemplate_sendsTheCursorInTheBody() {
        server.stubFor(post(urlPathEqualTo("/search"))
                .withRequestBody(equalToJson("{\"since\":\"2026-01-01\",\"cursor\":null}"))
                .willReturn(okJson(cursorPage("c2", 1))));
        server.stubFor(post(urlPathEqualTo("/search"))
                .withRequestBody(equalToJson("{\"since\":\"2026-01-01\",\"cursor\":\"c2\"}"))
                .willReturn(okJson(lastPage(2))));
        RecordingSink sink = RecordingSink.fresh();

        extractor(config(server.url("/search"), "method", "POST",
                "body", Map.of("since", "2026-01-01", "cursor", "{cursor}"),
                "pagination", Map.of("style", "cursor", "cursorField", "next")), sleeper)
                .extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1), chave(2));
        server.verify(2, postRequestedFor(urlPathEqualTo("/search"))
                .withHeader("Content-Type", equalTo("application/json")));
    }

    @Test
    void extract_listItems_keepTheirExactBytesAndPageUrlAsSource() {
        String item = "{\"v\": 10.50, \"x\": \"\\u00e9\", \"big\": 12345678901234567890.000}";
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(okJson("{ \"items\" : [ " + item + " ] }")));
        RecordingSink sink = RecordingSink.fresh();

        extractor(config(server.url("/nfe")), sleeper).extract(Checkpoint.empty(), sink);

        RawDocument document = sink.documents().get(0);
        assertThat(new String(document.bytes(), StandardCharsets.UTF_8)).isEqualTo(item);
        assertThat(document.source()).isEqualTo(server.url("/nfe"));
        assertThat(document.fetchedAt()).isEqualTo(HttpSources.CLOCK.instant());
    }

    private Map<String, Object> cursorConfig() {
        return config(server.url("/nfe"), "pagination", Map.of("style", "cursor", "cursorField", "next"));
    }

    private void stubCursor(String cursor, String body) {
        MappingBuilder request = get(urlPathEqualTo("/nfe"))
                .withQueryParam("cursor", cursor.isEmpty() ? absent() : equalTo(cursor));
        server.stubFor(request.willReturn(okJson(body)));
    }

    private void stubPage(String param, String value, String body) {
        server.stubFor(get(urlPathEqualTo("/nfe")).withQueryParam(param, equalTo(value))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }
}
