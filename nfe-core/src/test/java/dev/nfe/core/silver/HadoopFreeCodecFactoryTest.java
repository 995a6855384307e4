package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputDecompressor;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HadoopFreeCodecFactoryTest {
    private static final byte[] PAGE = "NF-e 3526 ".repeat(2_000).getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(value = CompressionCodecName.class, names = {"UNCOMPRESSED", "SNAPPY", "ZSTD"})
    void decompress_ofCompressedPage_givesThePageBack(CompressionCodecName codec) throws IOException {
        HadoopFreeCodecFactory factory = new HadoopFreeCodecFactory();
        BytesInputCompressor compressor = factory.getCompressor(codec);

        byte[] compressed = HadoopFreeCodecFactory.toArray(compressor.compress(BytesInput.from(PAGE)));
        byte[] restored = HadoopFreeCodecFactory.toArray(
                factory.getDecompressor(codec).decompress(BytesInput.from(compressed), PAGE.length));
        factory.release();

        assertThat(compressor.getCodecName()).isEqualTo(codec);
        assertThat(restored).isEqualTo(PAGE);
        if (codec != CompressionCodecName.UNCOMPRESSED) {
            assertThat(compressed.length).isLessThan(PAGE.length / 10);
        }
    }

    @ParameterizedTest
    @EnumSource(value = CompressionCodecName.class, names = {"UNCOMPRESSED", "SNAPPY", "ZSTD"})
    void decompress_intoDirectBuffer_givesThePageBack(CompressionCodecName codec) throws IOException {
        HadoopFreeCodecFactory factory = new HadoopFreeCodecFactory();
        byte[] compressed = HadoopFreeCodecFactory.toArray(factory.getCompressor(codec).compress(BytesInput.from(PAGE)));
        BytesInputDecompressor decompressor = factory.getDecompressor(codec);
        ByteBuffer input = ByteBuffer.allocateDirect(compressed.length).put(compressed).flip();
        ByteBuffer output = ByteBuffer.allocateDirect(PAGE.length);

        decompressor.decompress(input, compressed.length, output, PAGE.length);
        factory.release();

        byte[] restored = new byte[PAGE.length];
        output.flip().get(restored);
        assertThat(restored).isEqualTo(PAGE);
    }

    @Test
    void getCompressor_ofCodecNeedingHadoop_failsNamingIt() {
        assertThatThrownBy(() -> new HadoopFreeCodecFactory().getCompressor(CompressionCodecName.GZIP))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("GZIP");
    }
}
