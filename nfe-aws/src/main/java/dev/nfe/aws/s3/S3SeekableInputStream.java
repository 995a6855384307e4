package dev.nfe.aws.s3;

import dev.nfe.core.spi.SeekableInputStream;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Streams an object by GetObject. A seek drops the current response; the next read re-opens the object with a
 * {@code Range: bytes=position-} request, pinned to the ETag first read so a replaced object is never mixed in.
 */
final class S3SeekableInputStream extends SeekableInputStream {
    private final S3Client client;
    private final String bucket;
    private final String path;
    private final String key;
    private final long length;
    private final String eTag;
    private InputStream current;
    private long position;
    private boolean closed;

    private S3SeekableInputStream(S3Client client, String bucket, String path, String key,
            ResponseInputStream<GetObjectResponse> first) {
        this.client = client;
        this.bucket = bucket;
        this.path = path;
        this.key = key;
        this.length = first.response().contentLength();
        this.eTag = first.response().eTag();
        this.current = first;
    }

    static S3SeekableInputStream open(S3Client client, String bucket, String path, String key) {
        try {
            return new S3SeekableInputStream(client, bucket, path, key,
                    client.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build()));
        } catch (SdkException e) {
            throw S3Storage.failure("read", path, e);
        }
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void seek(long newPosition) throws IOException {
        requireOpen();
        if (newPosition < 0) {
            throw new IOException("Cannot seek " + path + " to " + newPosition + ": negative position");
        }
        if (newPosition != position) {
            dropCurrent();
            position = newPosition;
        }
    }

    @Override
    public int read() throws IOException {
        InputStream in = stream();
        if (in == null) {
            return -1;
        }
        int b = in.read();
        if (b >= 0) {
            position++;
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int count) throws IOException {
        if (count == 0) {
            return 0;
        }
        InputStream in = stream();
        if (in == null) {
            return -1;
        }
        int n = in.read(bytes, offset, count);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            dropCurrent();
        }
    }

    /** The open response positioned at {@link #position}, re-opened after a seek; {@code null} at the end. */
    private InputStream stream() throws IOException {
        requireOpen();
        if (position >= length) {
            return null;
        }
        if (current == null) {
            GetObjectRequest request = GetObjectRequest.builder()
                    .bucket(bucket)
                    .key(key)
                    .range("bytes=" + position + "-")
                    .ifMatch(eTag)
                    .build();
            try {
                current = client.getObject(request);
            } catch (SdkException e) {
                throw S3Storage.failure("read", path, e);
            }
        }
        return current;
    }

    private void dropCurrent() throws IOException {
        if (current != null) {
            InputStream dropped = current;
            current = null;
            if (dropped instanceof ResponseInputStream<?> response) {
                response.abort();
            }
            dropped.close();
        }
    }

    private void requireOpen() throws IOException {
        if (closed) {
            throw new IOException("Cannot read " + path + ": the stream is closed");
        }
    }
}
