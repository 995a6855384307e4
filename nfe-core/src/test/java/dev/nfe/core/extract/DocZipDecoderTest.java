package dev.nfe.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DocZipDecoderTest {
    private final DocZipDecoder decoder = new DocZipDecoder(8L << 20, 100);

    @Test
    void decode_whenGzipOfXml_returnsTheXml() {
        byte[] xml = "<resNFe/>".getBytes(StandardCharsets.UTF_8);

        BoundedContent.Outcome outcome = decoder.decode(Base64.getEncoder().encodeToString(SefazResponses.gzip(xml)));

        assertThat(outcome).isInstanceOfSatisfying(BoundedContent.Content.class,
                content -> assertThat(content.bytes()).isEqualTo(xml));
    }

    @Test
    void decode_whenNotBase64_isRefusedAsUnreadable() {
        assertThat(decoder.decode("not base64 !!")).isInstanceOfSatisfying(BoundedContent.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(RejectedSource.Reason.UNREADABLE));
    }

    @Test
    void decode_whenBase64OfNonGzip_isRefusedAsUnreadable() {
        String text = Base64.getEncoder().encodeToString("<resNFe/>".getBytes(StandardCharsets.UTF_8));

        assertThat(decoder.decode(text)).isInstanceOfSatisfying(BoundedContent.Refused.class,
                refused -> assertThat(refused.detail()).contains("not a gzip stream"));
    }

    @Test
    void decode_whenGzipBomb_isRefusedByRatio() {
        String bomb = Base64.getEncoder().encodeToString(SefazResponses.gzip(new byte[4 << 20]));

        assertThat(decoder.decode(bomb)).isInstanceOfSatisfying(BoundedContent.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(RejectedSource.Reason.COMPRESSION_RATIO));
    }

    @Test
    void decode_whenLargerThanLimit_isRefusedAsTooLarge() {
        DocZipDecoder small = new DocZipDecoder(100, 1_000_000);
        String text = Base64.getEncoder().encodeToString(SefazResponses.gzip(new byte[1000]));

        assertThat(small.decode(text)).isInstanceOfSatisfying(BoundedContent.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(RejectedSource.Reason.TOO_LARGE));
    }
}
