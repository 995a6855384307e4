package dev.nfe.core.silver;

import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.Map;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Page compression for {@code UNCOMPRESSED}, {@code SNAPPY} and {@code ZSTD}, calling snappy-java and zstd-jni
 * directly.
 *
 * <p>Why: parquet-java's own {@code CodecFactory}, even when built from a {@code ParquetConfiguration}, creates its
 * codecs through Hadoop's {@code CompressionCodec} and {@code Configuration} (parquet-java issue #2818), and nfe-core
 * has no Hadoop on its classpath. Both libraries are already dependencies of parquet-hadoop. One instance serves one
 * Parquet writer or reader, which releases it when closed; not thread-safe, as Parquet requires.
 */
final class HadoopFreeCodecFactory implements CompressionCodecFactory {
    /** zstd's own default level: a good ratio at a speed close to Snappy's. */
    static final int DEFAULT_ZSTD_LEVEL = 3;

    private final int zstdLevel;
    private final Map<CompressionCodecName, BytesInputCompressor> compressors = new EnumMap<>(CompressionCodecName.class);
    private final Map<CompressionCodecName, BytesInputDecompressor> decompressors = new EnumMap<>(CompressionCodecName.class);

    HadoopFreeCodecFactory() {
        this(DEFAULT_ZSTD_LEVEL);
    }

    HadoopFreeCodecFactory(int zstdLevel) {
        this.zstdLevel = zstdLevel;
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
        return compressors.computeIfAbsent(codecName, this::newCompressor);
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
        return decompressors.computeIfAbsent(codecName, HadoopFreeCodecFactory::newDecompressor);
    }

    @Override
    public void release() {
        compressors.values().forEach(BytesInputCompressor::release);
        compressors.clear();
        decompressors.values().forEach(BytesInputDecompressor::release);
        decompressors.clear();
    }

    private BytesInputCompressor newCompressor(CompressionCodecName codecName) {
        return switch (codecName) {
            case UNCOMPRESSED -> new Uncompressed();
            case SNAPPY -> new SnappyCompressor();
            case ZSTD -> new ZstdCompressor(zstdLevel);
            default -> throw unsupported(codecName);
        };
    }

    private static BytesInputDecompressor newDecompressor(CompressionCodecName codecName) {
        return switch (codecName) {
            case UNCOMPRESSED -> new Uncompressed();
            case SNAPPY -> new SnappyDecompressor();
            case ZSTD -> new ZstdDecompressor();
            default -> throw unsupported(codecName);
        };
    }

    /** The bytes of a page, through {@code writeAllTo} because {@code BytesInput.toByteArray()} is deprecated. */
    static byte[] toArray(BytesInput bytes) throws IOException {
        long size = bytes.size();
        if (size > Integer.MAX_VALUE) {
            throw new IOException("Cannot compress a page of " + size + " bytes: larger than a Java array");
        }
        ArraySink out = new ArraySink(new byte[(int) size]);
        bytes.writeAllTo(out);
        return out.filled();
    }

    /** Writes into an array of the page's size, so that the bytes are copied once, not again into a result. */
    private static final class ArraySink extends OutputStream {
        private final byte[] array;
        private int position;

        ArraySink(byte[] array) {
            this.array = array;
        }

        @Override
        public void write(int b) throws IOException {
            if (position == array.length) {
                throw overflow();
            }
            array[position++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > array.length - position) {
                throw overflow();
            }
            System.arraycopy(bytes, offset, array, position, length);
            position += length;
        }

        private IOException overflow() {
            return new IOException("Cannot copy a page: it holds more than the " + array.length + " bytes it declared");
        }

        byte[] filled() throws IOException {
            if (position != array.length) {
                throw new IOException("Cannot copy a page: it holds " + position + " bytes, not the " + array.length
                        + " it declared");
            }
            return array;
        }
    }

    private static UnsupportedOperationException unsupported(CompressionCodecName codecName) {
        return new UnsupportedOperationException(
                "Cannot use Parquet codec " + codecName + ": only UNCOMPRESSED, SNAPPY and ZSTD are available without Hadoop");
    }

    /**
     * Decompresses through byte arrays: {@code input} and {@code output} may be heap or direct buffers, and pages
     * are small enough (about 1 MiB) that the copy does not matter next to the decompression.
     */
    private abstract static class ArrayDecompressor implements BytesInputDecompressor {
        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
            return BytesInput.from(decompress(toArray(bytes), decompressedSize));
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
                throws IOException {
            byte[] compressed = new byte[compressedSize];
            input.get(compressed);
            output.put(decompress(compressed, decompressedSize));
        }

        abstract byte[] decompress(byte[] compressed, int decompressedSize) throws IOException;

        /** Checks the size a page declares, so that a corrupt page fails here rather than in a column reader. */
        static byte[] requireSize(byte[] decompressed, int decompressedSize) throws IOException {
            if (decompressed.length != decompressedSize) {
                throw new IOException("Corrupt page: decompressed to " + decompressed.length + " bytes, expected "
                        + decompressedSize);
            }
            return decompressed;
        }
    }

    private static final class Uncompressed extends ArrayDecompressor implements BytesInputCompressor {
        @Override
        public BytesInput compress(BytesInput bytes) {
            return bytes;
        }

        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) {
            return bytes;
        }

        @Override
        byte[] decompress(byte[] compressed, int decompressedSize) throws IOException {
            return requireSize(compressed, decompressedSize);
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.UNCOMPRESSED;
        }

        @Override
        public void release() {
            // nothing held
        }
    }

    private static final class SnappyCompressor implements BytesInputCompressor {
        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            return BytesInput.from(Snappy.compress(toArray(bytes)));
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.SNAPPY;
        }

        @Override
        public void release() {
            // snappy-java keeps no per-instance state
        }
    }

    private static final class SnappyDecompressor extends ArrayDecompressor {
        @Override
        byte[] decompress(byte[] compressed, int decompressedSize) throws IOException {
            return requireSize(Snappy.uncompress(compressed), decompressedSize);
        }

        @Override
        public void release() {
            // snappy-java keeps no per-instance state
        }
    }

    /** One reusable native zstd context per writer, freed on {@link #release()}. */
    private static final class ZstdCompressor implements BytesInputCompressor {
        private final ZstdCompressCtx context;

        ZstdCompressor(int level) {
            context = new ZstdCompressCtx().setLevel(level);
        }

        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            return BytesInput.from(context.compress(toArray(bytes)));
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.ZSTD;
        }

        @Override
        public void release() {
            context.close();
        }
    }

    private static final class ZstdDecompressor extends ArrayDecompressor {
        private final ZstdDecompressCtx context = new ZstdDecompressCtx();

        @Override
        byte[] decompress(byte[] compressed, int decompressedSize) {
            return context.decompress(compressed, decompressedSize);
        }

        @Override
        public void release() {
            context.close();
        }
    }
}
