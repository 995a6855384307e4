package dev.nfe.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GzipInflaterTest {
    private final GzipInflater inflater = new GzipInflater(100);

    @Test
    void inflate_withinLimits_returnsTheContent() throws Exception {
        byte[] content = "<NFe>conteúdo</NFe>".getBytes(StandardCharsets.UTF_8);

        assertThat(inflater.inflate(EnvelopeReaderTest.gzip(content), 1024, "/xml")).isEqualTo(content);
    }

    @Test
    void inflate_pastTheRatio_isRejected() {
        byte[] zeros = EnvelopeReaderTest.gzip(new byte[1024 * 1024]);

        assertThatThrownBy(() -> inflater.inflate(zeros, Long.MAX_VALUE, "/xml"))
                .isInstanceOfSatisfying(JsonRejection.class, e -> {
                    assertThat(e.finding().code()).isEqualTo("GZIP_RATIO_EXCEEDED");
                    assertThat(e.finding().path()).isEqualTo("/xml");
                });
    }

    @Test
    void inflate_pastTheSize_isRejected() {
        byte[] content = new byte[4096];
        Arrays.fill(content, (byte) 'a');
        GzipInflater lenient = new GzipInflater(Integer.MAX_VALUE);

        assertThatThrownBy(() -> lenient.inflate(EnvelopeReaderTest.gzip(content), 1000, ""))
                .isInstanceOfSatisfying(JsonRejection.class, e -> {
                    assertThat(e.finding().code()).isEqualTo("GZIP_TOO_LARGE");
                    assertThat(e.finding().message()).contains("1000 bytes");
                });
    }

    @Test
    void inflate_truncated_isMalformed() {
        byte[] gzip = EnvelopeReaderTest.gzip("<NFe>abc</NFe>".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> inflater.inflate(Arrays.copyOf(gzip, gzip.length - 6), 1024, ""))
                .isInstanceOfSatisfying(JsonRejection.class,
                        e -> assertThat(e.finding().code()).isEqualTo("GZIP_MALFORMED"));
    }

    @Test
    void isGzip_magicNumber_isRecognised() {
        assertThat(GzipInflater.isGzip(EnvelopeReaderTest.gzip(new byte[1]))).isTrue();
        assertThat(GzipInflater.isGzip("{}".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
