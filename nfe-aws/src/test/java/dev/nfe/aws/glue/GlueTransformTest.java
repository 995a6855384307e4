package dev.nfe.aws.glue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nfe.aws.testing.AwsStubClients;
import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.extract.FolderExtractor;
import dev.nfe.core.extract.FolderSettings;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.CatalogRegistrar;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StorageFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.glue.GlueClient;

/** The transform stage with the {@code glue} registrar: partitions reach the catalog only for committed batches. */
class GlueTransformTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension glue = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path lake;

    private GlueClient client;
    private Storage storage;
    private final List<String> committedWhenRegistered = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        client = AwsStubClients.build(GlueClient.builder(), glue.baseUrl());
        PluginContext context = new PluginContext("glue-lake", CLOCK, name -> Optional.empty());
        storage = PluginRegistry.load(StorageFactory.class).factory("storage.type", "local")
                .create(new ConfigSection("storage", Map.of("root", lake.toString())), context);
        for (String target : List.of("CreateDatabase", "CreateTable", "UpdateTable")) {
            stub(target, okJson("{}"));
        }
        stub("GetTable", aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"EntityNotFoundException\",\"Message\":\"no table\"}"));
        stub("BatchCreatePartition", okJson("{\"Errors\":[]}"));
        var documents = NfeGenerator.seeded(7).stream(2).toList();
        for (int i = 0; i < documents.size(); i++) {
            try (AtomicOutputStream out = storage.newOutputFile("landing/doc-" + i + ".xml").create()) {
                out.write(documents.get(i).xml());
            }
        }
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static void stub(String operation, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        glue.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSGlue." + operation))
                .willReturn(response));
    }

    private Pipeline pipeline() {
        PluginContext context = new PluginContext("glue-lake", CLOCK, name -> Optional.empty());
        CatalogRegistrar registrar = new GlueCatalogRegistrar(client, Optional.empty(), "nfe_lake", "s3://lake/", "");
        CatalogRegistrar checking = (batch, tables) -> {
            // what Athena would see at the moment the partition is added
            if (new ManifestLayerReader(storage, "silver").batch(batch.ingestDate(), batch.id()).isPresent()) {
                committedWhenRegistered.add(batch.id());
            }
            registrar.register(batch, tables);
        };
        return Pipeline.builder()
                .name("glue-lake")
                .storage(storage)
                .extractor(new FolderExtractor(storage, "landing/", FolderSettings.defaults(), CLOCK, rejected -> { }))
                .deserializer(PluginRegistry.load(DeserializerFactory.class)
                        .factory("transform.deserializer.type", "nfe-xml")
                        .create(ConfigSection.empty("transform.deserializer"), context))
                .layerWriter(PluginRegistry.load(LayerWriterFactory.class).factory("transform.writer.type", "parquet")
                        .create(ConfigSection.empty("transform.writer"), context))
                .catalog(checking)
                .clock(CLOCK)
                .build();
    }

    private static List<JsonNode> partitionRequests() throws IOException {
        List<JsonNode> bodies = new ArrayList<>();
        for (var request : glue.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSGlue.BatchCreatePartition")))) {
            bodies.add(JSON.readTree(request.getBodyAsString()));
        }
        return bodies;
    }

    @Test
    void transform_committedBatch_isRegisteredAfterItsManifestWithOnePartitionPerTableHoldingRows() throws IOException {
        Pipeline pipeline = pipeline();
        pipeline.run(pipeline.request(Stage.EXTRACT));

        pipeline.run(pipeline.request(Stage.TRANSFORM));

        var silver = new ManifestLayerReader(storage, "silver").batches().toList();
        assertThat(silver).hasSize(1);
        assertThat(committedWhenRegistered).containsExactly(silver.get(0).id());
        List<String> tablesWithRows = silver.get(0).files().stream().map(file -> file.table()).distinct().toList();
        assertThat(partitionRequests()).extracting(body -> body.get("TableName").asText())
                .containsExactlyInAnyOrderElementsOf(tablesWithRows);
        assertThat(partitionRequests().get(0).at("/PartitionInputList/0/StorageDescriptor/Location").asText())
                .startsWith("s3://lake/silver/").endsWith("/ingest_date=2026-01-02/batch=" + silver.get(0).id() + "/");
    }

    @Test
    void transform_catalogDownAfterCommit_rerunRegistersTheCommittedBatch() throws IOException {
        stub("BatchCreatePartition", aResponse().withStatus(500).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"InternalServiceException\",\"Message\":\"down\"}"));
        Pipeline pipeline = pipeline();
        pipeline.run(pipeline.request(Stage.EXTRACT));
        assertThatThrownBy(() -> pipeline.run(pipeline.request(Stage.TRANSFORM))).hasMessageContaining("Glue table");
        stub("BatchCreatePartition", okJson("{\"Errors\":[]}"));
        glue.resetRequests();

        pipeline.run(pipeline.request(Stage.TRANSFORM));

        String batchId = new ManifestLayerReader(storage, "silver").batches().toList().get(0).id();
        assertThat(partitionRequests()).isNotEmpty()
                .allSatisfy(body -> assertThat(body.at("/PartitionInputList/0/Values/1").asText()).isEqualTo(batchId));
        assertThat(committedWhenRegistered).as("registered after the commit, then again on the rerun")
                .containsExactly(batchId, batchId);
    }
}
