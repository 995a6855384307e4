package dev.nfe.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Finding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Builds a {@link DocumentConverter} the way the deserializer does and runs it on inline JSON. */
final class ConverterFixture {
    static final Instant FETCHED_AT = Instant.parse("2024-05-01T12:00:00Z");
    static final DocumentOrigin ORIGIN = new DocumentOrigin("doc-1", "test://page.json", FETCHED_AT);
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    static final String NFE_NS = "http://www.portalfiscal.inf.br/nfe";

    private final DocumentConverter converter;

    ConverterFixture(JsonOptions options) {
        this.converter = new DocumentConverter(options, new JsonDocumentReader(options.maxDocumentBytes()),
                new GzipInflater(options.maxInflateRatio()));
    }

    ConverterFixture() {
        this(JsonOptions.defaults());
    }

    Conversion convert(String json) {
        return convert(json.getBytes(StandardCharsets.UTF_8));
    }

    Conversion convert(byte[] json) {
        return converter.convert(json, 0, json.length, TextPosition.START, ORIGIN);
    }

    /** The converted document, failing the test when the conversion was rejected. */
    Conversion.Converted converted(String json) {
        Conversion conversion = convert(json);
        assertThat(conversion).isInstanceOf(Conversion.Converted.class);
        return (Conversion.Converted) conversion;
    }

    /** The XML text the JSON converts to. */
    String xml(String json) {
        return new String(converted(json).xml().bytes(), StandardCharsets.UTF_8);
    }

    /** The finding the JSON is rejected with, failing the test when it converted. */
    Finding rejection(String json) {
        return rejection(json.getBytes(StandardCharsets.UTF_8));
    }

    Finding rejection(byte[] json) {
        Conversion conversion = convert(json);
        assertThat(conversion).isInstanceOf(Conversion.Rejected.class);
        return ((Conversion.Rejected) conversion).finding();
    }
}
