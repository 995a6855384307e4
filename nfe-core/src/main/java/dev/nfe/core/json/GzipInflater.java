package dev.nfe.core.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Inflates gzip content while enforcing a size limit and a ratio limit, so a decompression bomb is stopped after at
 * most {@code limit} bytes of output instead of exhausting memory.
 */
final class GzipInflater {
    private static final int BUFFER_BYTES = 64 * 1024;

    private final int maxRatio;

    GzipInflater(int maxRatio) {
        this.maxRatio = maxRatio;
    }

    /** Whether {@code bytes} starts with the gzip magic number. */
    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /**
     * Inflates {@code compressed}, at most {@code maxBytes} bytes and at most {@code maxRatio} times its size.
     *
     * @param path the JSON pointer of the content, for findings
     */
    byte[] inflate(byte[] compressed, long maxBytes, String path) throws JsonRejection {
        long ratioLimit = (long) compressed.length * maxRatio;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), BUFFER_BYTES);
                ByteArrayOutputStream out = new ByteArrayOutputStream(BUFFER_BYTES)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > ratioLimit) {
                    throw new JsonRejection(JsonProblem.GZIP_RATIO_EXCEEDED.at(path,
                            "gzip content of " + compressed.length + " bytes inflates to more than " + maxRatio
                                    + " times its size"));
                }
                if (total > maxBytes) {
                    throw new JsonRejection(JsonProblem.GZIP_TOO_LARGE.at(path,
                            "gzip content inflates to more than the limit of " + maxBytes + " bytes"));
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new JsonRejection(JsonProblem.GZIP_MALFORMED.at(path,
                    "cannot inflate gzip content of " + compressed.length + " bytes: " + e.getMessage()));
        }
    }
}
