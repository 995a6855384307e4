package dev.nfe.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeReaderTest {
    private static final String CHAVE = "35170358716523000119550010000000301000000300";
    private static final String XML = "<NFe xmlns=\"http://www.portalfiscal.inf.br/nfe\"><infNFe Id=\"NFe" + CHAVE
            + "\"><emit><xNome>Açaí &amp; Cia</xNome></emit></infNFe></NFe>";

    private final ConverterFixture fixture = new ConverterFixture();

    @Test
    void convert_plainXmlString_passesTheXmlOn() {
        Conversion.Converted converted = fixture.converted(envelope("xml", json(XML)));

        assertThat(new String(converted.xml().bytes(), StandardCharsets.UTF_8)).isEqualTo(XML);
    }

    @Test
    void convert_base64String_decodesIt() {
        String base64 = Base64.getEncoder().encodeToString(XML.getBytes(StandardCharsets.UTF_8));

        Conversion.Converted converted = fixture.converted(envelope("document", json(base64)));

        assertThat(converted.xml().bytes()).isEqualTo(XML.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void convert_base64WithLineBreaks_decodesIt() {
        String base64 = Base64.getMimeEncoder(16, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(XML.getBytes(StandardCharsets.UTF_8));

        Conversion.Converted converted = fixture.converted(envelope("content", json(base64)));

        assertThat(converted.xml().bytes()).isEqualTo(XML.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void convert_base64OfGzip_inflatesIt() {
        String base64 = Base64.getEncoder().encodeToString(gzip(XML.getBytes(StandardCharsets.UTF_8)));

        Conversion.Converted converted = fixture.converted(envelope("xml", json(base64)));

        assertThat(converted.xml().bytes()).isEqualTo(XML.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void convert_plainXmlWithLatin1Declaration_dropsTheDeclaration() {
        String declared = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + XML;

        Conversion.Converted converted = fixture.converted(envelope("xml", json(declared)));

        assertThat(new String(converted.xml().bytes(), StandardCharsets.UTF_8)).isEqualTo(XML);
    }

    @Test
    void convert_customPointers_readXmlKeyAndReceivedAtThere() {
        ConverterFixture custom = new ConverterFixture(JsonOptions.defaults().withXmlPointer("/data/nfe")
                .withKeyPointer("/meta/key").withReceivedAtPointer("/meta/at").withEncoding(ContentEncoding.PLAIN));
        String json = "{\"meta\": {\"key\": \"" + CHAVE + "\", \"at\": \"2024-03-01T10:15:00-03:00\"},"
                + " \"data\": {\"nfe\": " + json(XML) + "}, \"chave\": \"ignored\"}";

        Conversion.Converted converted = custom.converted(json);

        assertThat(converted.xml().id()).isEqualTo(CHAVE);
        assertThat(converted.xml().fetchedAt()).isEqualTo(Instant.parse("2024-03-01T13:15:00Z"));
        assertThat(converted.envelopeKey()).contains(new EnvelopeKey("/meta/key", CHAVE));
    }

    @Test
    void convert_defaultMetadata_setsIdAndFetchedAt() {
        String json = "{\"chNFe\": \"" + CHAVE + "\", \"dhRecbto\": \"2019-11-20T18:21:24-03:00\", \"xml\": "
                + json(XML) + "}";

        Conversion.Converted converted = fixture.converted(json);

        assertThat(converted.xml().id()).isEqualTo(CHAVE);
        assertThat(converted.xml().source()).isEqualTo(ConverterFixture.ORIGIN.source());
        assertThat(converted.xml().fetchedAt()).isEqualTo(Instant.parse("2019-11-20T21:21:24Z"));
        assertThat(converted.findings()).isEmpty();
    }

    @Test
    void convert_withoutMetadata_keepsTheOrigin() {
        Conversion.Converted converted = fixture.converted(envelope("xml", json(XML)));

        assertThat(converted.xml().id()).isEqualTo(ConverterFixture.ORIGIN.id());
        assertThat(converted.xml().fetchedAt()).isEqualTo(ConverterFixture.FETCHED_AT);
        assertThat(converted.envelopeKey()).isEmpty();
    }

    @Test
    void convert_badReceivedAt_warnsAndKeepsTheFetchTime() {
        Conversion.Converted converted = fixture.converted(
                "{\"receivedAt\": \"yesterday\", \"xml\": " + json(XML) + "}");

        assertThat(converted.xml().fetchedAt()).isEqualTo(ConverterFixture.FETCHED_AT);
        assertThat(converted.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("ENVELOPE_BAD_RECEIVED_AT");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.path()).isEqualTo("/receivedAt");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "QUJD$", "A"})
    void convert_badBase64_isRejected(String content) {
        Finding finding = fixture.rejection(envelope("xml", json(content)));

        assertThat(finding.code()).isEqualTo("ENVELOPE_BAD_BASE64");
        assertThat(finding.path()).isEqualTo("/xml");
    }

    @Test
    void convert_base64ModeWithXmlText_isRejected() {
        ConverterFixture base64 = new ConverterFixture(JsonOptions.defaults().withEncoding(ContentEncoding.BASE64));

        Finding finding = base64.rejection(envelope("xml", json(XML)));

        assertThat(finding.code()).isEqualTo("ENVELOPE_BAD_BASE64");
    }

    @Test
    void convert_gzipBombInBase64_isStoppedByTheRatio() {
        byte[] bomb = gzip(new byte[30 * 1024 * 1024]);
        String base64 = Base64.getEncoder().encodeToString(bomb);

        Finding finding = fixture.rejection(envelope("xml", json(base64)));

        assertThat(finding.code()).isEqualTo("GZIP_RATIO_EXCEEDED");
        assertThat(finding.message()).contains(bomb.length + " bytes");
    }

    @Test
    void convert_keyOfWrongType_isRejectedWithItsPointer() {
        Finding finding = fixture.rejection("{\"chave\": {\"v\": 1}, \"xml\": " + json(XML) + "}");

        assertThat(finding.code()).isEqualTo("JSON_WRONG_TYPE");
        assertThat(finding.path()).isEqualTo("/chave");
    }

    @Test
    void convert_receivedAtOfWrongType_isRejectedWithItsPointer() {
        Finding finding = fixture.rejection("{\"receivedAt\": 1700000000, \"xml\": " + json(XML) + "}");

        assertThat(finding.code()).isEqualTo("JSON_WRONG_TYPE");
        assertThat(finding.path()).isEqualTo("/receivedAt");
    }

    private static String envelope(String member, String value) {
        return "{\"" + member + "\": " + value + "}";
    }

    /** {@code text} as a JSON string literal. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
