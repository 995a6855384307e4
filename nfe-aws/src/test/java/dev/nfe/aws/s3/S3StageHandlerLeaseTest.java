package dev.nfe.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nfe.aws.lambda.StageHandler;
import dev.nfe.aws.testing.FixedTimeContext;
import dev.nfe.core.config.LeaseConfig;
import dev.nfe.core.generate.GeneratedDocument;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A Lambda invocation over a lake in the in-process S3 whose stage another invocation holds. Two invocations racing
 * for a free lease are not tested here: s3proxy does not enforce {@code If-None-Match} on PutObject, which S3 does and
 * which the lease's create-if-absent write relies on (the request is checked in {@link S3StorageRequestsTest}).
 */
class S3StageHandlerLeaseTest {
    private static final int DOCUMENTS = 5;
    private static final int FIFTEEN_MINUTES = 15 * 60 * 1000;
    private static final String PAYLOAD = "{\"pipeline\": \"s3-lease\", \"stage\": \"all\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final S3ProxyExtension server = S3ProxyExtension.builder()
            .withCredentials(AuthenticationType.AWS_V2_OR_V4, "test-access-key", "test-secret-key")
            .build();

    private S3Client client;
    private S3Storage storage;

    @BeforeEach
    void startClient() throws IOException {
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
        client.createBucket(request -> request.bucket("lake"));
        storage = new S3Storage(client, "lake", "");
        for (GeneratedDocument document : NfeGenerator.seeded(11).stream(DOCUMENTS).toList()) {
            AtomicOutputStream out = storage.newOutputFile("landing/" + document.chave() + ".xml").create();
            out.write(document.xml());
            out.close();
        }
    }

    @AfterEach
    void stopClient() {
        client.close();
    }

    @Test
    void handleRequest_whileAnotherInvocationHoldsTheStage_answersPartialNamingTheHolder() throws Exception {
        AtomicOutputStream lease = storage.newOutputFile("_state/s3-lease/leases/extract/00000000000000000001.json")
                .create();
        lease.write("""
                {"generation":1,"owner":"7@other-lambda/12345678","expires":"2999-01-01T00:00:00Z","released":false}
                """.getBytes(StandardCharsets.UTF_8));
        lease.close();

        Pipeline pipeline = LandingPipelines.builder("s3-lease", storage, Clock.systemUTC())
                .lease(new LeaseConfig(Duration.ofSeconds(5), Duration.ZERO))
                .build();

        JsonNode response = JSON.readTree(invoke(new StageHandler(pipeline)));

        JsonNode summary = response.path("summaries").get(0);
        assertThat(summary.path("stage").asText()).isEqualTo("extract");
        assertThat(summary.path("partial").asBoolean()).isTrue();
        assertThat(summary.path("written").asLong()).isZero();
        assertThat(summary.path("continuation").path("lease.heldBy").asText()).isEqualTo("7@other-lambda/12345678");
        assertThat(response.path("summaries")).hasSize(1);
        try (Stream<StoredObject> bronze = storage.list("bronze/")) {
            assertThat(bronze).isEmpty();
        }
    }


    private static String invoke(StageHandler handler) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(PAYLOAD.getBytes(StandardCharsets.UTF_8)), output,
                new FixedTimeContext(FIFTEEN_MINUTES));
        return output.toString(StandardCharsets.UTF_8);
    }
}
