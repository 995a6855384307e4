package dev.nfe.aws.glue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nfe.aws.testing.InProcessS3;
import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.extract.FolderExtractor;
import dev.nfe.core.extract.FolderSettings;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StorageFactory;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code iceberg} writer with the {@code glue} catalog, through the real SDK client against an in-memory Glue
 * ({@link FakeGlue}) over a local lake, asserting the Glue requests the transform sends.
 */
class GlueIcebergCatalogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PIPELINE = "glue-iceberg";
    private static final String DATABASE = "nfe_silver";

    private final FakeGlue fake = new FakeGlue();

    @RegisterExtension
    WireMockExtension glue = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(fake)).build();

    @TempDir
    Path lake;

    private Storage storage;
    private int documents;

    @BeforeAll
    static void signWithTestCredentials() {
        InProcessS3.useAsDefaultCredentials();
    }

    @AfterAll
    static void forgetTestCredentials() {
        InProcessS3.forgetDefaultCredentials();
    }

    @BeforeEach
    void setUp() {
        glue.stubFor(post(urlEqualTo("/")).willReturn(aResponse()));
        PluginContext context = new PluginContext(PIPELINE, CLOCK, name -> Optional.empty());
        storage = PluginRegistry.load(StorageFactory.class).factory("storage.type", "local")
                .create(new ConfigSection("storage", Map.of("root", lake.toString())), context);
    }

    @Test
    void transform_firstBatch_createsTheDatabaseAndOneIcebergGlueTablePerSilverTable() {
        Pipeline pipeline = pipeline(writer(Map.of()));

        land(2);
        pipeline.run(pipeline.request(Stage.EXTRACT));
        pipeline.run(pipeline.request(Stage.TRANSFORM));

        assertThat(requests("GetDatabase")).extracting(body -> body.path("Name").asText()).contains(DATABASE);
        assertThat(requests("CreateDatabase")).extracting(body -> body.at("/DatabaseInput/Name").asText())
                .containsExactly(DATABASE);
        List<JsonNode> created = requests("CreateTable");
        assertThat(created).extracting(body -> body.at("/TableInput/Name").asText())
                .containsExactlyInAnyOrderElementsOf(SilverTables.all().stream().map(Table::name).toList());
        assertThat(created).allSatisfy(body -> {
            String table = body.at("/TableInput/Name").asText();
            assertThat(body.path("DatabaseName").asText()).isEqualTo(DATABASE);
            assertThat(body.at("/TableInput/TableType").asText()).isEqualTo("EXTERNAL_TABLE");
            assertThat(body.at("/TableInput/Parameters/table_type").asText()).isEqualTo("ICEBERG");
            assertThat(body.at("/TableInput/StorageDescriptor/Location").asText())
                    .isEqualTo(storage.location("silver/" + table));
            assertThat(metadataFile(body)).startsWith("silver/" + table + "/metadata/00000-").endsWith(".metadata.json");
            assertThat(storage.newInputFile(metadataFile(body)).length()).isPositive();
        });
        assertThat(created).filteredOn(body -> body.at("/TableInput/Name").asText().equals("nfe")).singleElement()
                .satisfies(body -> assertThat(body.at("/TableInput/StorageDescriptor/Columns"))
                        .extracting(column -> column.path("Name").asText()).contains("chave", "ingest_date"));
    }

    @Test
    void transform_eachCommit_updatesTheGlueTableFromTheVersionItReadToTheNewMetadataFile() {
        LayerWriter writer = writer(Map.of());
        Pipeline pipeline = pipeline(writer);
        land(2);
        pipeline.run(pipeline.request(Stage.EXTRACT));
        pipeline.run(pipeline.request(Stage.TRANSFORM));
        land(2);
        pipeline.run(pipeline.request(Stage.EXTRACT));

        pipeline.run(pipeline.request(Stage.TRANSFORM));

        assertThat(batchIds(writer)).hasSize(2);
        String created = metadataFile(requests("CreateTable").stream()
                .filter(body -> body.at("/TableInput/Name").asText().equals("nfe")).findFirst().orElseThrow());
        List<JsonNode> updates = requests("UpdateTable").stream()
                .filter(body -> body.at("/TableInput/Name").asText().equals("nfe")).toList();
        assertThat(updates).as("one append per batch, each from the version the writer read")
                .extracting(body -> body.path("VersionId").asText()).containsExactly("1", "2");
        assertThat(updates).allSatisfy(body -> {
            assertThat(body.path("DatabaseName").asText()).isEqualTo(DATABASE);
            assertThat(body.path("SkipArchive").asBoolean()).isTrue();
            assertThat(body.at("/TableInput/Parameters/table_type").asText()).isEqualTo("ICEBERG");
            assertThat(storage.newInputFile(metadataFile(body)).length()).isPositive();
        });
        assertThat(updates.get(0).at("/TableInput/Parameters/previous_metadata_location").asText())
                .isEqualTo(storage.location(created));
        assertThat(updates.get(1).at("/TableInput/Parameters/previous_metadata_location").asText())
                .isEqualTo(storage.location(metadataFile(updates.get(0))));
        assertThat(fake.table(DATABASE, "nfe").at("/Parameters/metadata_location").asText())
                .isEqualTo(storage.location(metadataFile(updates.get(1))));
    }

    @Test
    void transform_rerunOfACommittedBatch_sendsNoCreateOrUpdateTable() {
        LayerWriter writer = writer(Map.of());
        Pipeline pipeline = pipeline(writer);
        land(2);
        pipeline.run(pipeline.request(Stage.EXTRACT));
        pipeline.run(pipeline.request(Stage.TRANSFORM));
        deleteTree(lake.resolve("_state/" + PIPELINE + "/transform"));
        glue.resetRequests();

        RunSummary rerun = pipeline.run(pipeline.request(Stage.TRANSFORM));

        assertThat(rerun.batchIds()).isEmpty();
        assertThat(requests("GetTable")).isNotEmpty();
        assertThat(requests("CreateTable")).isEmpty();
        assertThat(requests("UpdateTable")).isEmpty();
        assertThat(batchIds(writer)).hasSize(1);
    }

    @Test
    void transform_anotherWriterCommitsFirst_retriesFromTheNewVersionAndCommitsOnce() {
        LayerWriter writer = writer(Map.of());
        Pipeline pipeline = pipeline(writer);
        land(2);
        pipeline.run(pipeline.request(Stage.EXTRACT));
        fake.conflictOnNextUpdate();

        pipeline.run(pipeline.request(Stage.TRANSFORM));

        List<JsonNode> updates = requests("UpdateTable");
        String first = updates.get(0).at("/TableInput/Name").asText();
        assertThat(updates).filteredOn(body -> body.at("/TableInput/Name").asText().equals(first))
                .extracting(body -> body.path("VersionId").asText())
                .as("refused with the version it read, then accepted with the other writer's")
                .containsExactly("1", "2");
        assertThat(batchIds(writer)).hasSize(1);
    }

    @Test
    void transform_withCatalogId_sendsItInEveryRequest() {
        Pipeline pipeline = pipeline(writer(Map.of("catalogId", "123456789012")));
        land(1);
        pipeline.run(pipeline.request(Stage.EXTRACT));

        pipeline.run(pipeline.request(Stage.TRANSFORM));

        List<JsonNode> all = new ArrayList<>();
        for (String operation : List.of("GetDatabase", "CreateDatabase", "GetTable", "CreateTable", "UpdateTable")) {
            all.addAll(requests(operation));
        }
        assertThat(all).isNotEmpty()
                .allSatisfy(body -> assertThat(body.path("CatalogId").asText()).isEqualTo("123456789012"));
    }

    /** The {@code iceberg} writer with a {@code glue} catalog at the stub, plus {@code catalogKeys}. */
    private LayerWriter writer(Map<String, Object> catalogKeys) {
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("type", "glue");
        catalog.put("region", "sa-east-1");
        catalog.put("endpoint", glue.baseUrl());
        catalog.putAll(catalogKeys);
        PluginContext context = new PluginContext(PIPELINE, CLOCK, name -> Optional.empty());
        return PluginRegistry.load(LayerWriterFactory.class).factory("transform.writer.type", "iceberg")
                .create(new ConfigSection("transform.writer", Map.of("catalog", catalog, "namespace", DATABASE)),
                        context);
    }

    private Pipeline pipeline(LayerWriter writer) {
        PluginContext context = new PluginContext(PIPELINE, CLOCK, name -> Optional.empty());
        return Pipeline.builder()
                .name(PIPELINE)
                .storage(storage)
                .extractor(new FolderExtractor(storage, "landing/", FolderSettings.defaults(), CLOCK, rejected -> { }))
                .deserializer(PluginRegistry.load(DeserializerFactory.class)
                        .factory("transform.deserializer.type", "nfe-xml")
                        .create(ConfigSection.empty("transform.deserializer"), context))
                .layerWriter(writer)
                .clock(CLOCK)
                .build();
    }

    /** Lands {@code count} more synthetic documents. */
    private void land(int count) {
        var generated = NfeGenerator.seeded(7).stream(documents + count).skip(documents).toList();
        for (var document : generated) {
            try (AtomicOutputStream out = storage.newOutputFile("landing/doc-" + documents++ + ".xml").create()) {
                out.write(document.xml());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The bodies of the {@code operation} requests the stub received, oldest first. */
    private List<JsonNode> requests(String operation) {
        List<JsonNode> bodies = new ArrayList<>();
        for (var request : glue.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSGlue." + operation)))) {
            try {
                bodies.add(JSON.readTree(request.getBodyAsString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bodies;
    }

    /** The storage key of the metadata file a CreateTable or UpdateTable request points the table at. */
    private String metadataFile(JsonNode body) {
        String location = body.at("/TableInput/Parameters/metadata_location").asText();
        String root = storage.location("");
        assertThat(location).startsWith(root);
        return location.substring(root.length());
    }

    private List<String> batchIds(LayerWriter writer) {
        try (Stream<Batch> batches = writer.reader(storage, "silver").batches()) {
            return batches.map(Batch::id).toList();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
