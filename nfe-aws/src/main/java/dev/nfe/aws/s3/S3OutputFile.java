package dev.nfe.aws.s3;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.OutputFile;
import software.amazon.awssdk.services.s3.S3Client;

/** Writes one object through an {@link S3AtomicOutputStream}. */
final class S3OutputFile implements OutputFile {
    private final S3Client client;
    private final String bucket;
    private final String path;
    private final String key;

    S3OutputFile(S3Client client, String bucket, String path, String key) {
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
    public AtomicOutputStream create() {
        return S3AtomicOutputStream.open(new S3Target(client, bucket, path, key), S3AtomicOutputStream.Mode.CREATE);
    }

    @Override
    public AtomicOutputStream createOrOverwrite() {
        return S3AtomicOutputStream.open(new S3Target(client, bucket, path, key), S3AtomicOutputStream.Mode.REPLACE);
    }
}
