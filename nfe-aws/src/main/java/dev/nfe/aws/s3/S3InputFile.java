package dev.nfe.aws.s3;

import dev.nfe.core.spi.InputFile;
import dev.nfe.core.spi.SeekableInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;

/** Reads one object: its length by HeadObject, its bytes by (ranged) GetObject. */
final class S3InputFile implements InputFile {
    private final S3Client client;
    private final String bucket;
    private final String path;
    private final String key;

    S3InputFile(S3Client client, String bucket, String path, String key) {
        this.client = client;
        this.bucket = bucket;
        this.path = path;
        this.key = key;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public long length() {
        try {
            return client.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).build()).contentLength();
        } catch (SdkException e) {
            throw S3Storage.failure("read", path, e);
        }
    }

    @Override
    public SeekableInputStream newStream() {
        return S3SeekableInputStream.open(client, bucket, path, key);
    }
}
