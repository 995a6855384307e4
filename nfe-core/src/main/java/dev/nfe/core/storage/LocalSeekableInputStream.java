package dev.nfe.core.storage;

import dev.nfe.core.spi.SeekableInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Objects;

/**
 * Reads a file through its {@link FileChannel}, so seeking is a position change rather than a re-open. I/O failures
 * surface as {@link dev.nfe.core.spi.NfeException}s naming the object.
 */
final class LocalSeekableInputStream extends SeekableInputStream {
    private final String key;
    private final FileChannel channel;
    private final ByteBuffer single = ByteBuffer.allocate(1);

    LocalSeekableInputStream(String key, FileChannel channel) {
        this.key = key;
        this.channel = channel;
    }

    @Override
    public int read() {
        single.clear();
        int n = read(single);
        return n <= 0 ? -1 : single.get(0) & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        return read(ByteBuffer.wrap(buffer, offset, length));
    }

    private int read(ByteBuffer target) {
        try {
            int n;
            do {
                n = channel.read(target);
            } while (n == 0 && target.hasRemaining());
            return n;
        } catch (IOException e) {
            throw LocalStorage.failure("read", key, e);
        }
    }

    @Override
    public long skip(long n) {
        if (n <= 0) {
            return 0;
        }
        long position = position();
        long skipped = Math.min(n, Math.max(0, size() - position));
        seek(position + skipped);
        return skipped;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, size() - position()));
    }

    @Override
    public long position() {
        try {
            return channel.position();
        } catch (IOException e) {
            throw LocalStorage.failure("read the position of", key, e);
        }
    }

    @Override
    public void seek(long newPosition) {
        if (newPosition < 0) {
            throw new IllegalArgumentException("Cannot seek " + key + " to " + newPosition + ": position is negative");
        }
        try {
            channel.position(newPosition);
        } catch (IOException e) {
            throw LocalStorage.failure("seek", key, e);
        }
    }

    private long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw LocalStorage.failure("read the length of", key, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw LocalStorage.failure("close", key, e);
        }
    }
}
