package dev.nfe.core.silver;

import dev.nfe.core.spi.AtomicOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Passes Parquet's bytes to an {@link AtomicOutputStream}, counting them and computing their SHA-256 on the way, so
 * the manifest's checksum needs no second read of the file.
 *
 * <p>After {@link #abort()} further writes are discarded and {@link #close()} publishes nothing: that lets the
 * Parquet writer be closed normally, releasing its buffers and compressors, without the file appearing.
 */
final class DigestingPositionOutputStream extends PositionOutputStream {
    private final AtomicOutputStream out;
    private final MessageDigest sha256;
    private long position;
    private boolean aborted;

    DigestingPositionOutputStream(AtomicOutputStream out) {
        this.out = out;
        this.sha256 = newSha256();
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must support SHA-256", e);
        }
    }

    @Override
    public long getPos() {
        return position;
    }

    @Override
    public void write(int b) throws IOException {
        if (!aborted) {
            out.write(b);
            sha256.update((byte) b);
            position++;
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (!aborted) {
            out.write(bytes, offset, length);
            sha256.update(bytes, offset, length);
            position += length;
        }
    }

    @Override
    public void flush() throws IOException {
        if (!aborted) {
            out.flush();
        }
    }

    /** Publishes the file, unless aborted. */
    @Override
    public void close() throws IOException {
        if (!aborted) {
            out.close();
        }
    }

    /** Discards the file; later writes and {@link #close()} do nothing. */
    void abort() {
        aborted = true;
        out.abort();
    }

    /** Lower-case hex SHA-256 of every byte written; call once, after {@link #close()}. */
    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
