package dev.nfe.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RawDocumentTest {
    private static final byte[] GZIP_HEAD = {0x1f, (byte) 0x8b, 8, 0};

    @ParameterizedTest
    @CsvSource({"XML, false, .xml", "JSON, false, .json", "NDJSON, false, .ndjson", "UNKNOWN, false, .bin",
            "XML, true, .xml.gz", "JSON, true, .json.gz", "UNKNOWN, true, .bin.gz"})
    void fileExtension_byMediaTypeAndGzipMagic_isTheStoredSuffix(MediaType mediaType, boolean gzip, String expected) {
        byte[] content = gzip ? GZIP_HEAD : "<nfeProc/>".getBytes(StandardCharsets.UTF_8);
        RawDocument document = new RawDocument("id", content, mediaType, "test", Instant.EPOCH);

        assertThat(document.isGzip()).isEqualTo(gzip);
        assertThat(document.fileExtension()).isEqualTo(expected);
    }
}
