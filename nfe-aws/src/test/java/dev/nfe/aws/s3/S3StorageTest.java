package dev.nfe.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.aws.testing.InProcessS3;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.UnfinishedWrite;
import dev.nfe.core.storage.StorageContractTest;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Runs the storage contract against an in-process S3 server (S3Proxy over an in-memory blob store). */
class S3StorageTest extends StorageContractTest {
    private static final String BUCKET = "lake";

    @RegisterExtension
    final S3ProxyExtension server = InProcessS3.server();

    private S3Client client;
    private S3Storage storage;

    @BeforeEach
    void startClient() {
        client = InProcessS3.client(server);
        client.createBucket(request -> request.bucket(BUCKET));
        storage = new S3Storage(client, BUCKET, "run-" + UUID.randomUUID() + "/");
    }

    @AfterEach
    void stopClient() {
        client.close();
    }

    @Override
    protected Storage storage() {
        return storage;
    }

    @Test
    void listUnfinishedWrites_incompleteMultipartUpload_isListedUntilAbandoned() {
        String key = storage.prefix() + "silver/nfe/part-00000.parquet";
        String uploadId = client.createMultipartUpload(request -> request.bucket(BUCKET).key(key)).uploadId();
        client.uploadPart(request -> request.bucket(BUCKET).key(key).uploadId(uploadId).partNumber(1),
                RequestBody.fromBytes(new byte[1024]));
        client.createMultipartUpload(request -> request.bucket(BUCKET).key("elsewhere/part-00000.parquet"));

        List<UnfinishedWrite> writes;
        try (Stream<UnfinishedWrite> listed = storage.listUnfinishedWrites("silver/")) {
            writes = listed.toList();
        }
        storage.abandon(writes.get(0));
        storage.abandon(writes.get(0));

        assertThat(writes).extracting(UnfinishedWrite::path, UnfinishedWrite::id)
                .containsExactly(tuple("silver/nfe/part-00000.parquet", uploadId));
        try (Stream<UnfinishedWrite> listed = storage.listUnfinishedWrites("")) {
            assertThat(listed).isEmpty();
        }
        try (Stream<StoredObject> objects = storage.list("")) {
            assertThat(objects).isEmpty();
        }
    }
}
