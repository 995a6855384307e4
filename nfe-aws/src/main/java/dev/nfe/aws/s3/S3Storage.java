package dev.nfe.aws.s3;

import dev.nfe.core.spi.InputFile;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ObjectNotFoundException;
import dev.nfe.core.spi.OutputFile;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoragePath;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.TransientException;
import dev.nfe.core.spi.UnfinishedWrite;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.ListMultipartUploadsRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The {@code s3} storage: each path is the key {@code prefix + path} in one bucket. Thread-safe; it shares one
 * immutable {@link S3Client}, built by {@link S3StorageFactory}.
 */
public final class S3Storage implements Storage {
    private static final int NOT_FOUND = 404;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;

    private final S3Client client;
    private final String bucket;
    private final String prefix;

    S3Storage(S3Client client, String bucket, String prefix) {
        this.client = Objects.requireNonNull(client, "client");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.prefix = StoragePath.requireValidPrefix(prefix);
    }

    /** {@code s3://bucket/} followed by the object's key. */
    @Override
    public String location(String path) {
        return "s3://" + bucket + "/" + prefix + path;
    }

    /** The bucket holding the objects. */
    public String bucket() {
        return bucket;
    }

    /** The prefix put before every path to make its key; empty for none. */
    public String prefix() {
        return prefix;
    }

    @Override
    public InputFile newInputFile(String path) {
        return new S3InputFile(client, bucket, StoragePath.requireValid(path), prefix + path);
    }

    @Override
    public OutputFile newOutputFile(String path) {
        return new S3OutputFile(client, bucket, StoragePath.requireValid(path), prefix + path);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Keys ending with {@code /} are left out: they are folder markers (made by consoles and some S3-compatible
     * servers), never objects of this storage, whose paths cannot end with {@code /}.
     */
    @Override
    public Stream<StoredObject> list(String listPrefix) {
        StoragePath.requireValidPrefix(listPrefix);
        ListObjectsV2Request request = ListObjectsV2Request.builder()
                .bucket(bucket)
                .prefix(prefix + listPrefix)
                .build();
        try {
            return client.listObjectsV2Paginator(request).contents().stream()
                    .filter(object -> !object.key().endsWith("/"))
                    .map(object -> new StoredObject(
                            object.key().substring(prefix.length()), object.size(), object.lastModified()));
        } catch (SdkException e) {
            throw failure("list", listPrefix, e);
        }
    }

    @Override
    public void delete(String path) {
        StoragePath.requireValid(path);
        try {
            client.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(prefix + path).build());
        } catch (NoSuchKeyException e) {
            return;
        } catch (SdkException e) {
            throw failure("delete", path, e);
        }
    }

    /**
     * The multipart uploads under {@code listPrefix} that were neither completed nor aborted, by key and then by when
     * they began. Objects of at most one part are sent by a single PutObject and leave nothing behind.
     */
    @Override
    public Stream<UnfinishedWrite> listUnfinishedWrites(String listPrefix) {
        StoragePath.requireValidPrefix(listPrefix);
        ListMultipartUploadsRequest request = ListMultipartUploadsRequest.builder()
                .bucket(bucket)
                .prefix(prefix + listPrefix)
                .build();
        try {
            return client.listMultipartUploadsPaginator(request).uploads().stream()
                    .map(upload -> new UnfinishedWrite(upload.key().substring(prefix.length()), upload.initiated(),
                            upload.uploadId()));
        } catch (SdkException e) {
            throw failure("list the unfinished writes under", listPrefix, e);
        }
    }

    /** Aborts the multipart upload {@code write} names, which frees its parts; an upload already gone is a no-op. */
    @Override
    public void abandon(UnfinishedWrite write) {
        StoragePath.requireValid(write.path());
        try {
            client.abortMultipartUpload(AbortMultipartUploadRequest.builder()
                    .bucket(bucket).key(prefix + write.path()).uploadId(write.id()).build());
        } catch (NoSuchUploadException e) {
            return;
        } catch (SdkException e) {
            throw failure("abandon a write of", write.path(), e);
        }
    }

    /**
     * Translates an SDK failure on {@code path}: a missing object becomes {@link ObjectNotFoundException}; throttling,
     * server errors and client-side failures (network, timeouts) become {@link TransientException}; anything else an
     * {@link NfeException}. Messages name the path and the S3 error code, never credentials.
     */
    static NfeException failure(String action, String path, SdkException e) {
        String what = "Cannot " + action + " " + path;
        if (e instanceof NoSuchKeyException
                || e instanceof S3Exception s3 && s3.statusCode() == NOT_FOUND) {
            return new ObjectNotFoundException(what + ": no such object", e);
        }
        if (e instanceof S3Exception s3) {
            String detail = ": S3 error " + s3.statusCode()
                    + (s3.awsErrorDetails() == null ? "" : " " + s3.awsErrorDetails().errorCode());
            if (s3.isThrottlingException() || s3.statusCode() == TOO_MANY_REQUESTS || s3.statusCode() >= SERVER_ERROR) {
                return new TransientException(what + detail, e);
            }
            return new NfeException(what + detail, e);
        }
        if (e instanceof SdkClientException) {
            return new TransientException(what + ": " + e.getClass().getSimpleName() + " talking to S3", e);
        }
        return new NfeException(what + ": " + e.getClass().getSimpleName(), e);
    }
}
