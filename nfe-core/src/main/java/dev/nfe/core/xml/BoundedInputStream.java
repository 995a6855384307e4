package dev.nfe.core.xml;

import dev.nfe.core.spi.Finding;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;
import java.util.zip.ZipException;

/**
 * Counts the bytes read through it and stops with a {@link RejectedStreamException} as soon as they pass the size
 * limit or, for decompressed gzip content, the ratio to the compressed bytes consumed so far; so a gzip bomb is
 * caught while it inflates, never after. Corrupt gzip data becomes {@code GZIP_CORRUPT}.
 */
final class BoundedInputStream extends FilterInputStream {
    private final long maxBytes;
    private final int maxRatio;
    private final LongSupplier compressedBytesRead;
    private long count;

    /**
     * @param maxRatio the largest ratio of bytes read to {@code compressedBytesRead}; 0 when the input is not
     *     compressed
     */
    private BoundedInputStream(InputStream in, long maxBytes, int maxRatio, LongSupplier compressedBytesRead) {
        super(in);
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
        this.compressedBytesRead = compressedBytesRead;
    }

    /** A plain stream limited to {@code maxBytes}. */
    static BoundedInputStream plain(InputStream in, long maxBytes) {
        return new BoundedInputStream(in, maxBytes, 0, () -> 0L);
    }

    /** A decompressing stream limited to {@code maxBytes} and {@code maxRatio} times the compressed bytes read. */
    static BoundedInputStream inflated(InputStream gzip, long maxBytes, int maxRatio,
            LongSupplier compressedBytesRead) {
        return new BoundedInputStream(gzip, maxBytes, maxRatio, compressedBytesRead);
    }

    /** The bytes read through this stream so far. */
    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (ZipException | EOFException e) {
            throw new RejectedStreamException(Finding.error(NfeXmlDeserializer.GZIP_CORRUPT, "",
                    "Cannot decompress the document: " + e.getMessage()));
        }
        if (n > 0) {
            count += n;
            check();
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        check();
        return skipped;
    }

    private void check() throws RejectedStreamException {
        if (maxRatio > 0) {
            long compressed = Math.max(1, compressedBytesRead.getAsLong());
            if (count > compressed * maxRatio) {
                throw new RejectedStreamException(Finding.error(NfeXmlDeserializer.GZIP_RATIO_EXCEEDED, "",
                        "Cannot decompress the document: " + count + " bytes from " + compressed
                                + " compressed bytes exceed the ratio limit of " + maxRatio));
            }
        }
        if (count > maxBytes) {
            throw new RejectedStreamException(Finding.error(NfeXmlDeserializer.XML_TOO_LARGE, "",
                    "Cannot parse the document: it exceeds the limit of " + maxBytes + " bytes"));
        }
    }
}
