package dev.nfe.core.extract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.nfe.core.extract.FolderFixtures.chave;
import static dev.nfe.core.extract.FolderFixtures.gzip;
import static dev.nfe.core.extract.FolderFixtures.nfeXml;
import static dev.nfe.core.extract.FolderFixtures.utf8;
import static dev.nfe.core.extract.HttpSources.config;
import static dev.nfe.core.extract.HttpSources.doc;
import static dev.nfe.core.extract.HttpSources.docs;
import static dev.nfe.core.extract.HttpSources.extractor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.RawDocument;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpFormatTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final RecordingSink sink = RecordingSink.fresh();

    @Test
    void extract_rootArray_isTheListByDefault() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(okJson(docs(1, 2))));

        extractor(config(server.url("/nfe")), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1), chave(2));
        assertThat(sink.documents()).extracting(RawDocument::mediaType).containsOnly(MediaType.JSON);
    }

    @Test
    void extract_itemsPointer_findsANestedList() {
        server.stubFor(get(urlPathEqualTo("/nfe"))
                .willReturn(okJson("{\"meta\":{\"total\":1},\"data\":{\"docs\":" + docs(3) + "}}")));

        extractor(config(server.url("/nfe"), "response", Map.of("itemsPointer", "/data/docs")), sleeper)
                .extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(3));
    }

    @Test
    void extract_objectWithoutTheList_failsNamingThePointer() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(okJson("{\"data\":" + docs(1) + "}")));

        assertThatThrownBy(() -> extractor(config(server.url("/nfe")), sleeper).extract(Checkpoint.empty(), sink))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("no JSON array at /items");
    }

    @Test
    void extract_ndjson_emitsEachLine() {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(aResponse()
                .withHeader("Content-Type", "application/x-ndjson")
                .withBody(doc(1) + "\r\n\n" + doc(2) + "\n")));

        extractor(config(server.url("/nfe"), "response", Map.of("format", "ndjson")), sleeper)
                .extract(Checkpoint.empty(), sink);

        assertThat(sink.documents()).extracting(document -> new String(document.bytes(), StandardCharsets.UTF_8))
                .containsExactly(doc(1), doc(2));
    }

    @Test
    void extract_singleXmlDocument_isOneXmlDocument() {
        server.stubFor(get(urlPathEqualTo("/nfe/1")).willReturn(aResponse()
                .withHeader("Content-Type", "application/xml").withBody(nfeXml(1))));

        extractor(config(server.url("/nfe/1"), "response", Map.of("format", "single")), sleeper)
                .extract(Checkpoint.empty(), sink);

        assertThat(sink.documents()).singleElement().satisfies(document -> {
            assertThat(document.id()).isEqualTo(chave(1));
            assertThat(document.mediaType()).isEqualTo(MediaType.XML);
            assertThat(document.bytes()).isEqualTo(utf8(nfeXml(1)));
        });
    }

    @Test
    void extract_envelopeWithGzippedBase64Xml_keepsTheEnvelopeAndSniffsTheChave() {
        String payload = Base64.getEncoder().encodeToString(gzip(utf8(nfeXml(7))));
        String envelope = "{\"NSU\":\"000000000000101\",\"schema\":\"procNFe_v4.00.xsd\",\"docZip\":\"" + payload
                + "\"}";
        server.stubFor(get(urlPathEqualTo("/dfe")).willReturn(okJson("{\"docs\":[" + envelope + "]}")));

        extractor(config(server.url("/dfe"), "response", Map.of("format", "envelope", "itemsPointer", "/docs",
                "documentPointer", "/docZip")), sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sink.documents()).singleElement().satisfies(document -> {
            assertThat(document.id()).isEqualTo(chave(7));
            assertThat(document.mediaType()).isEqualTo(MediaType.JSON);
            assertThat(new String(document.bytes(), StandardCharsets.UTF_8)).isEqualTo(envelope);
        });
    }

    @Test
    void extract_envelopeWithPlainXmlText_sniffsTheChave() {
        String envelope = "{\"xml\":\"" + nfeXml(8).replace("\"", "\\\"") + "\"}";
        server.stubFor(get(urlPathEqualTo("/dfe")).willReturn(okJson("[" + envelope + "]")));

        extractor(config(server.url("/dfe"), "response", Map.of("format", "envelope", "documentPointer", "xml")),
                sleeper).extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(8));
    }
}
