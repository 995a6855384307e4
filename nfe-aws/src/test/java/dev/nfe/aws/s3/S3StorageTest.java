package dev.nfe.aws.s3;

import dev.nfe.core.spi.Storage;
import dev.nfe.core.storage.StorageContractTest;
import java.util.UUID;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Runs the storage contract against an in-process S3 server (S3Proxy over an in-memory blob store). */
class S3StorageTest extends StorageContractTest {
    private static final String BUCKET = "lake";

    @RegisterExtension
    final S3ProxyExtension server = S3ProxyExtension.builder()
            .withCredentials(AuthenticationType.AWS_V2_OR_V4, "test-access-key", "test-secret-key")
            .build();

    private S3Client client;
    private S3Storage storage;

    @BeforeEach
    void startClient() {
        client = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(server.getUri())
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(server.getAccessKey(), server.getSecretKey())))
                .build();
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
