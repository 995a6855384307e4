package dev.nfe.aws.s3;

import dev.nfe.aws.testing.InProcessS3;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.storage.StorageContractTest;
import java.util.UUID;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
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
}
