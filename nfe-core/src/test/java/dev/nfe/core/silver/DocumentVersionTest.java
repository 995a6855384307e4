package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentVersionTest {
    private static final String HASH = "ab".repeat(32);

    private static InputStream content(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream that returns at most {@code chunk} bytes a read, as a socket or a decompressor may. */
    private static InputStream trickling(String text, int chunk) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] bytes, int offset, int length) {
                return super.read(bytes, offset, Math.min(length, chunk));
            }
        };
    }

    @Test
    void of_unsignedDocument_isNotSigned() {
        DocumentVersion version = DocumentVersion.of(HASH, content("<nfeProc><NFe><infNFe Id=\"NFe1\"/></NFe></nfeProc>"));

        assertThat(version).isEqualTo(new DocumentVersion(HASH, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8_180, 8_185, 8_191, 8_192, 8_193, 20_000})
    void of_signatureValueAnywhere_isSigned(int padding) {
        // the name is found wherever it falls, across the edge of the blocks it is read in too
        String text = "<NFe>" + "ç".repeat(padding / 2) + "x".repeat(padding % 2)
                + "<Signature><SignatureValue>c2ln</SignatureValue></Signature></NFe>";

        assertThat(DocumentVersion.of(HASH, content(text)).signed()).isTrue();
        assertThat(DocumentVersion.of(HASH, trickling(text, 5)).signed()).isTrue();
    }

    @Test
    void of_nameCutShortOrSpreadOverTheDocument_isNotSigned() {
        String text = "<NFe><SignatureValu/>" + "a".repeat(9_000) + "<Signature/>Value</NFe>";

        assertThat(DocumentVersion.of(HASH, content(text)).signed()).isFalse();
        assertThat(DocumentVersion.of(HASH, trickling(text, 7)).signed()).isFalse();
    }

    @Test
    void of_gzipContent_isReadUncompressed() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(("{\"NFe\":{\"Signature\":{\"SignatureValue\":\"c2ln\"}}}").getBytes(StandardCharsets.UTF_8));
        }

        assertThat(DocumentVersion.of(HASH, new ByteArrayInputStream(compressed.toByteArray())).signed()).isTrue();
    }

    @Test
    void new_withoutAHexHash_fails() {
        assertThatThrownBy(() -> new DocumentVersion("not-a-hash", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 hex digits");
    }
}
