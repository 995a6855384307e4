package dev.nfe.aws.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.nfe.aws.s3.S3StorageFactory;
import dev.nfe.aws.secrets.SecretsManagerSecretProviderFactory;
import dev.nfe.aws.sns.SnsNotifierFactory;
import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.Notifier;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.SecretProvider;
import dev.nfe.core.spi.Storage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.containers.localstack.LocalStackContainer.Service;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The S3 storage, the Secrets Manager provider and the SNS notifier, built from configuration as a pipeline builds
 * them, against LocalStack in Docker. Reported as skipped where Docker is not available.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackTest {
    static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:4.4");

    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(IMAGE)
            .withServices(Service.S3, Service.SNS, Service.SECRETSMANAGER);

    private static final PluginContext CONTEXT = new PluginContext("it", Clock.systemUTC(), name -> Optional.empty());

    @BeforeAll
    static void credentials() {
        // the plugins take credentials from the AWS default chain, as in production
        System.setProperty("aws.accessKeyId", LOCALSTACK.getAccessKey());
        System.setProperty("aws.secretAccessKey", LOCALSTACK.getSecretKey());
    }

    @AfterAll
    static void clearCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private static <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>, C> C admin(
            B builder) {
        return builder.endpointOverride(LOCALSTACK.getEndpoint()).region(Region.of(LOCALSTACK.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())))
                .build();
    }

    @Test
    void s3Storage_writesAndReadsBackAnObject() throws Exception {
        try (S3Client s3 = admin(S3Client.builder().forcePathStyle(true))) {
            s3.createBucket(request -> request.bucket("it-lake"));
        }
        Storage storage = new S3StorageFactory().create(new ConfigSection("storage", Map.of(
                "bucket", "it-lake", "prefix", "nfe/", "region", LOCALSTACK.getRegion(),
                "endpoint", LOCALSTACK.getEndpoint().toString(), "pathStyleAccess", true)), CONTEXT);

        try (AtomicOutputStream out = storage.newOutputFile("bronze/a.xml").create()) {
            out.write("<nfeProc/>".getBytes(StandardCharsets.UTF_8));
        }

        try (InputStream in = storage.newInputFile("bronze/a.xml").newStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<nfeProc/>");
        }
    }

    @Test
    void secretsManager_resolvesAPrefixedSecret() {
        try (SecretsManagerClient secrets = admin(SecretsManagerClient.builder())) {
            secrets.createSecret(request -> request.name("nfe/it/db").secretString("s3cr3t"));
        }
        SecretProvider provider = new SecretsManagerSecretProviderFactory().create(new ConfigSection("secrets",
                Map.of("prefix", "nfe/it/", "region", LOCALSTACK.getRegion(),
                        "endpoint", LOCALSTACK.getEndpoint().toString())), CONTEXT);

        assertThat(provider.resolve("db")).map(Secret::reveal).contains("s3cr3t");
        assertThat(provider.resolve("absent")).isEmpty();
    }

    @Test
    void snsNotifier_publishesToATopic() {
        String topic;
        try (SnsClient sns = admin(SnsClient.builder())) {
            topic = sns.createTopic(request -> request.name("nfe-it")).topicArn();
        }
        Notifier notifier = new SnsNotifierFactory().create(new ConfigSection("notify", Map.of(
                "topicArn", topic, "region", LOCALSTACK.getRegion(),
                "endpoint", LOCALSTACK.getEndpoint().toString())), CONTEXT);
        RunSummary summary = new RunSummary("it", "load", 1, 1, 0, 0, 0, 10, List.of("it.b1"), Duration.ofSeconds(1),
                Checkpoint.empty());

        // the notifier never throws; a refused or failed publish is logged at ERROR
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(dev.nfe.aws.sns.SnsNotifier.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        try {
            notifier.notify(new Notification("it", "load", Notification.Outcome.FAILED, summary, Optional.of("boom")));
        } finally {
            logger.detachAppender(events);
        }

        assertThat(events.list).noneMatch(event -> event.getLevel() == Level.ERROR);
    }
}
