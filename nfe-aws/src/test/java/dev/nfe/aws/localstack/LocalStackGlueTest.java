package dev.nfe.aws.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.aws.glue.GlueCatalogRegistrarFactory;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.CatalogRegistrar;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Table;
import dev.nfe.core.silver.SilverTables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * The {@code glue} registrar against LocalStack's Glue, which only the LocalStack Pro image serves: runs when Docker
 * is available and {@code LOCALSTACK_AUTH_TOKEN} is set, and is reported as skipped otherwise.
 */
@Testcontainers(disabledWithoutDocker = true)
@EnabledIfEnvironmentVariable(named = "LOCALSTACK_AUTH_TOKEN", matches = ".+")
class LocalStackGlueTest {

    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(
            DockerImageName.parse("localstack/localstack-pro:4.4").asCompatibleSubstituteFor("localstack/localstack"))
            .withEnv("LOCALSTACK_AUTH_TOKEN", System.getenv().getOrDefault("LOCALSTACK_AUTH_TOKEN", ""))
            .withEnv("SERVICES", "glue");

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

    @Test
    void register_twice_leavesOneTableWithOnePartitionPerTableWithFiles() {
        CatalogRegistrar registrar = new GlueCatalogRegistrarFactory().create(new ConfigSection("transform.catalog",
                Map.of("database", "nfe_it", "location", "s3://it-lake/", "region", LOCALSTACK.getRegion(),
                        "endpoint", LOCALSTACK.getEndpoint().toString())),
                new PluginContext("it", Clock.systemUTC(), name -> Optional.empty()));
        Table nfe = SilverTables.named("nfe").orElseThrow();
        Batch batch = new Batch("it.b1", "silver", LocalDate.of(2026, 1, 2), List.of(new BatchFile(
                "silver/nfe/ingest_date=2026-01-02/batch=it.b1/part-00000.parquet", "nfe", 1, 10, "00")));

        registrar.register(batch, List.of(nfe));
        registrar.register(batch, List.of(nfe));

        try (GlueClient glue = GlueClient.builder().endpointOverride(LOCALSTACK.getEndpoint())
                .region(Region.of(LOCALSTACK.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())))
                .build()) {
            var table = glue.getTable(request -> request.databaseName("nfe_it").name("nfe")).table();
            assertThat(table.storageDescriptor().columns()).hasSize(nfe.columns().size());
            assertThat(glue.getPartitions(request -> request.databaseName("nfe_it").tableName("nfe")).partitions())
                    .singleElement()
                    .satisfies(partition -> assertThat(partition.values()).containsExactly("2026-01-02", "it.b1"));
        }
    }
}
