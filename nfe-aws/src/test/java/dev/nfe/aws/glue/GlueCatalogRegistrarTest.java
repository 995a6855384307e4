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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.nfe.aws.testing.AwsStubClients;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Table;
import dev.nfe.core.spi.TransientException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;

/** The registrar through the real SDK against a stub of the Glue JSON API, asserting what it sends. */
class GlueCatalogRegistrarTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AMZ_JSON = "application/x-amz-json-1.1";

    @RegisterExtension
    static WireMockExtension glue = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Table NFE = new Table("nfe", List.of(
            new Column("chave", ColumnType.TEXT, true, "/nfeProc/NFe/infNFe/@Id"),
            new Column("icms_tot_v_nf", ColumnType.MONEY, true, "/nfeProc/NFe/infNFe/total/ICMSTot/vNF"),
            new Column("dh_emi", ColumnType.TIMESTAMP, true, "/nfeProc/NFe/infNFe/ide/dhEmi"),
            new Column("n_nf", ColumnType.LONG, true, "/nfeProc/NFe/infNFe/ide/nNF"),
            new Column("d_venc", ColumnType.DATE, false, "/nfeProc/NFe/infNFe/cobr/dup/dVenc"),
            new Column("q_trib", ColumnType.decimal(15, 4), false, "/nfeProc/NFe/infNFe/det/prod/qTrib"),
            new Column("cancelled", ColumnType.BOOLEAN, false, "lineage"),
            new Column("item_count", ColumnType.INT, false, "lineage")));
    private static final Table ITEM = new Table("nfe_item", List.of(
            new Column("chave", ColumnType.TEXT, true, "/nfeProc/NFe/infNFe/@Id"),
            new Column("n_item", ColumnType.INT, true, "/nfeProc/NFe/infNFe/det/@nItem")));
    private static final LocalDate DAY = LocalDate.of(2026, 1, 2);
    private static final Batch BATCH = new Batch("daily.b1", "silver", DAY, List.of(
            new BatchFile("silver/nfe/ingest_date=2026-01-02/batch=daily.b1/part-00000.parquet", "nfe", 3, 100, "ab"),
            new BatchFile("silver/nfe_item/ingest_date=2026-01-02/batch=daily.b1/part-00000.parquet", "nfe_item", 9,
                    200, "cd")));

    private GlueClient client;
    private GlueCatalogRegistrar registrar;

    @BeforeEach
    void setUp() {
        client = AwsStubClients.build(GlueClient.builder(), glue.baseUrl());
        registrar = new GlueCatalogRegistrar(client, Optional.empty(), "nfe_lake", "s3://my-lake/nfe/", "");
        stub("CreateDatabase", okJson("{}"));
        stub("CreateTable", okJson("{}"));
        stub("UpdateTable", okJson("{}"));
        stub("BatchCreatePartition", okJson("{\"Errors\":[]}"));
        stub("GetTable", notFound());
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static void stub(String operation, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        glue.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSGlue." + operation))
                .willReturn(response));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String type) {
        return aResponse().withStatus(status).withHeader("Content-Type", AMZ_JSON)
                .withBody("{\"__type\":\"" + type + "\",\"Message\":\"stubbed " + type + "\"}");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder notFound() {
        return error(400, "EntityNotFoundException");
    }

    private static List<JsonNode> bodies(String operation) {
        List<JsonNode> bodies = new ArrayList<>();
        for (LoggedRequest request : glue.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSGlue." + operation)))) {
            try {
                bodies.add(JSON.readTree(request.getBodyAsString()));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
        return bodies;
    }

    private static String existingTable(String name, String columnsJson) {
        return "{\"Table\":{\"Name\":\"" + name + "\",\"DatabaseName\":\"nfe_lake\",\"StorageDescriptor\":{"
                + "\"Columns\":" + columnsJson + ",\"Location\":\"s3://my-lake/nfe/silver/" + name + "/\"}}}";
    }

    @Test
    void register_newLake_createsDatabaseThenParquetTablesWithTypedColumnsAndPartitionKeys() {
        registrar.register(BATCH, List.of(NFE, ITEM));

        JsonNode database = bodies("CreateDatabase").get(0);
        assertThat(database.at("/DatabaseInput/Name").asText()).isEqualTo("nfe_lake");
        List<JsonNode> tables = bodies("CreateTable");
        assertThat(tables).hasSize(2);
        JsonNode nfe = tables.get(0);
        assertThat(nfe.get("DatabaseName").asText()).isEqualTo("nfe_lake");
        assertThat(nfe.at("/TableInput/Name").asText()).isEqualTo("nfe");
        assertThat(nfe.at("/TableInput/TableType").asText()).isEqualTo("EXTERNAL_TABLE");
        assertThat(nfe.at("/TableInput/Parameters/classification").asText()).isEqualTo("parquet");
        JsonNode storage = nfe.at("/TableInput/StorageDescriptor");
        assertThat(storage.get("Location").asText()).isEqualTo("s3://my-lake/nfe/silver/nfe/");
        assertThat(storage.get("InputFormat").asText())
                .isEqualTo("org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat");
        assertThat(storage.get("OutputFormat").asText())
                .isEqualTo("org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat");
        assertThat(storage.at("/SerdeInfo/SerializationLibrary").asText())
                .isEqualTo("org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe");
        assertThat(storage.get("Columns").toString()).isEqualTo(JSON.createArrayNode()
                .add(column("chave", "string", "/nfeProc/NFe/infNFe/@Id"))
                .add(column("icms_tot_v_nf", "decimal(15,2)", "/nfeProc/NFe/infNFe/total/ICMSTot/vNF"))
                .add(column("dh_emi", "timestamp", "/nfeProc/NFe/infNFe/ide/dhEmi"))
                .add(column("n_nf", "bigint", "/nfeProc/NFe/infNFe/ide/nNF"))
                .add(column("d_venc", "date", "/nfeProc/NFe/infNFe/cobr/dup/dVenc"))
                .add(column("q_trib", "decimal(15,4)", "/nfeProc/NFe/infNFe/det/prod/qTrib"))
                .add(column("cancelled", "boolean", "lineage"))
                .add(column("item_count", "int", "lineage")).toString());
        assertThat(nfe.at("/TableInput/PartitionKeys").toString()).isEqualTo(
                "[{\"Name\":\"ingest_date\",\"Type\":\"date\",\"Comment\":\"The day the batch was ingested\"},"
                        + "{\"Name\":\"batch\",\"Type\":\"string\",\"Comment\":\"The batch id\"}]");
        assertThat(tables.get(1).at("/TableInput/StorageDescriptor/Location").asText())
                .isEqualTo("s3://my-lake/nfe/silver/nfe_item/");
    }

    private static JsonNode column(String name, String type, String comment) {
        return JSON.createObjectNode().put("Name", name).put("Type", type).put("Comment", comment);
    }

    @Test
    void register_committedBatch_addsOnePartitionPerTableAtTheBatchFolder() {
        registrar.register(BATCH, List.of(NFE, ITEM));

        List<JsonNode> partitions = bodies("BatchCreatePartition");
        assertThat(partitions).hasSize(2);
        JsonNode nfe = partitions.get(0);
        assertThat(nfe.get("DatabaseName").asText()).isEqualTo("nfe_lake");
        assertThat(nfe.get("TableName").asText()).isEqualTo("nfe");
        JsonNode partition = nfe.get("PartitionInputList").get(0);
        assertThat(partition.get("Values").toString()).isEqualTo("[\"2026-01-02\",\"daily.b1\"]");
        assertThat(partition.at("/StorageDescriptor/Location").asText())
                .isEqualTo("s3://my-lake/nfe/silver/nfe/ingest_date=2026-01-02/batch=daily.b1/");
        assertThat(partition.at("/StorageDescriptor/SerdeInfo/SerializationLibrary").asText())
                .isEqualTo(GlueSchema.SERDE);
        assertThat(partitions.get(1).get("TableName").asText()).isEqualTo("nfe_item");
    }

    @Test
    void register_tableWithoutFilesInBatch_getsTableButNoPartition() {
        Batch onlyNfe = new Batch("daily.b2", "silver", DAY, List.of(BATCH.files().get(0)));

        registrar.register(onlyNfe, List.of(NFE, ITEM));

        assertThat(bodies("CreateTable")).hasSize(2);
        assertThat(bodies("BatchCreatePartition")).extracting(body -> body.get("TableName").asText())
                .containsExactly("nfe");
    }

    @Test
    void register_everythingExists_isIdempotentAndChangesNothing() {
        stub("CreateDatabase", error(400, "AlreadyExistsException"));
        stub("GetTable", okJson(existingTable("nfe_item",
                "[{\"Name\":\"chave\",\"Type\":\"string\"},{\"Name\":\"n_item\",\"Type\":\"int\"}]")));
        stub("BatchCreatePartition", okJson("{\"Errors\":[{\"PartitionValues\":[\"2026-01-02\",\"daily.b1\"],"
                + "\"ErrorDetail\":{\"ErrorCode\":\"AlreadyExistsException\",\"ErrorMessage\":\"exists\"}}]}"));
        Batch itemsOnly = new Batch("daily.b1", "silver", DAY, List.of(BATCH.files().get(1)));

        registrar.register(itemsOnly, List.of(ITEM));
        registrar.register(itemsOnly, List.of(ITEM));

        assertThat(bodies("CreateTable")).isEmpty();
        assertThat(bodies("UpdateTable")).isEmpty();
        assertThat(bodies("BatchCreatePartition")).hasSize(2);
        assertThat(bodies("CreateDatabase")).as("the database is checked once per instance").hasSize(1);
        assertThat(bodies("GetTable")).as("a checked table is remembered").hasSize(1);
    }

    @Test
    void register_tableGainedOptionalColumn_updatesTableKeepingColumnsOlderPartitionsHold() {
        stub("GetTable", okJson(existingTable("nfe_item",
                "[{\"Name\":\"chave\",\"Type\":\"string\"},{\"Name\":\"x_old\",\"Type\":\"string\"}]")));

        registrar.register(new Batch("daily.b1", "silver", DAY, List.of(BATCH.files().get(1))), List.of(ITEM));

        List<JsonNode> updates = bodies("UpdateTable");
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).at("/TableInput/StorageDescriptor/Columns").findValuesAsText("Name"))
                .containsExactly("chave", "n_item", "x_old");
        assertThat(updates.get(0).at("/TableInput/PartitionKeys").findValuesAsText("Name"))
                .containsExactly("ingest_date", "batch");
    }

    @Test
    void register_tableCreatedConcurrently_readsItAndUpdatesIfNeeded() {
        stub("CreateTable", error(400, "AlreadyExistsException"));
        stub("GetTable", notFound());
        glue.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSGlue.GetTable"))
                .inScenario("race").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(notFound()).willSetStateTo("created"));
        glue.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSGlue.GetTable"))
                .inScenario("race").whenScenarioStateIs("created")
                .willReturn(okJson(existingTable("nfe_item", "[{\"Name\":\"chave\",\"Type\":\"string\"}]"))));

        registrar.register(new Batch("daily.b1", "silver", DAY, List.of(BATCH.files().get(1))), List.of(ITEM));

        assertThat(bodies("UpdateTable")).hasSize(1);
        assertThat(bodies("BatchCreatePartition")).hasSize(1);
    }

    @Test
    void register_partitionRejectedForAnotherReason_failsNamingTableAndCode() {
        stub("BatchCreatePartition", okJson("{\"Errors\":[{\"PartitionValues\":[\"2026-01-02\",\"daily.b1\"],"
                + "\"ErrorDetail\":{\"ErrorCode\":\"InvalidInputException\",\"ErrorMessage\":\"bad location\"}}]}"));

        assertThatThrownBy(() -> registrar.register(BATCH, List.of(NFE, ITEM)))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("nfe_lake.nfe")
                .hasMessageContaining("InvalidInputException bad location");
    }

    @Test
    void register_throttled_failsAsTransient() {
        stub("CreateDatabase", error(400, "ThrottlingException"));

        assertThatThrownBy(() -> registrar.register(BATCH, List.of(NFE)))
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("create Glue database nfe_lake");
    }

    @Test
    void register_accessDenied_failsNamingTheTable() {
        stub("CreateTable", error(400, "AccessDeniedException"));

        assertThatThrownBy(() -> registrar.register(BATCH, List.of(NFE)))
                .isInstanceOf(NfeException.class)
                .isNotInstanceOf(TransientException.class)
                .hasMessageContaining("Glue table nfe_lake.nfe");
    }

    @Test
    void register_prefixAndCatalogId_areSentWithEveryCall() {
        GlueCatalogRegistrar prefixed = new GlueCatalogRegistrar(client, Optional.of("123456789012"), "nfe_lake",
                "s3://my-lake/", "silver_");

        prefixed.register(new Batch("daily.b1", "silver", DAY, List.of(BATCH.files().get(1))), List.of(ITEM));

        assertThat(bodies("CreateTable").get(0).at("/TableInput/Name").asText()).isEqualTo("silver_nfe_item");
        assertThat(bodies("CreateTable").get(0).get("CatalogId").asText()).isEqualTo("123456789012");
        assertThat(bodies("BatchCreatePartition").get(0).get("TableName").asText()).isEqualTo("silver_nfe_item");
        assertThat(bodies("BatchCreatePartition").get(0).get("CatalogId").asText()).isEqualTo("123456789012");
        assertThat(bodies("CreateDatabase").get(0).get("CatalogId").asText()).isEqualTo("123456789012");
    }
}
