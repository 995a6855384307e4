package dev.nfe.aws.s3;

import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where a write goes: the client, the bucket, the storage path (used in messages) and the object key.
 *
 * @param client the shared client
 * @param bucket the bucket
 * @param path the storage path, as the caller named it
 * @param key the object key, prefix included
 */
record S3Target(S3Client client, String bucket, String path, String key) {
    S3Target {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(key, "key");
    }
}
