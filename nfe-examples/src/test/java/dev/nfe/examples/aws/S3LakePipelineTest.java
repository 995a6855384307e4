package dev.nfe.examples.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.nfe.aws.lambda.ExtractHandler;
import dev.nfe.aws.lambda.LoadHandler;
import dev.nfe.aws.lambda.PipelineSource;
import dev.nfe.aws.lambda.TransformHandler;
import dev.nfe.aws.testing.FixedTimeContext;
import dev.nfe.aws.testing.InProcessS3;
import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.redshift.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The production path with a lake on S3 (the in-process S3 server): three Lambda functions, each with only the
 * sections its stage needs and its configuration read from S3, extract documents into bronze, transform them into
 * silver and load the example rules into the embedded PostgreSQL, which is then read.
 */
class S3LakePipelineTest {
    private static final int FIFTEEN_MINUTES = 15 * 60 * 1000;

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final S3ProxyExtension server = InProcessS3.server();

    @RegisterExtension
    static WireMockExtension glue = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path directory;

    private S3Client client;

    @BeforeAll
    static void useTestCredentials() {
        InProcessS3.useAsDefaultCredentials();
    }

    @AfterAll
    static void forgetTestCredentials() {
        InProcessS3.forgetDefaultCredentials();
    }

    @BeforeEach
    void startClient() {
        client = InProcessS3.client(server);
        client.createBucket(request -> request.bucket("lake"));
        client.createBucket(request -> request.bucket("conf"));
    }

    @AfterEach
    void stopClient() {
        client.close();
    }

    private String storage() {
        return "{ type: s3, bucket: lake, prefix: nfe/, region: sa-east-1, endpoint: '%s', pathStyleAccess: true }"
                .formatted(server.getUri());
    }

    private String load() {
        return load("none");
    }

    private String load(String goldCatalog) {
        return """
                load:
                  type: jdbc
                  url: embedded
                  embedded: { dataDir: '%s' }
                  storage: %s
                  schema: sales
                  setup: [ sql/schema.sql ]
                  rules: [ sql/nfe_event_registered.sql, sql/sales_by_item.sql, sql/sales_by_cfop.sql, sql/sales_by_uf.sql ]
                  gold: { writer: parquet, layer: gold, catalog: %s }
                """.formatted(directory.resolve("warehouse"), storage(), goldCatalog);
    }

    private String glueCatalog(String tablePrefix) {
        return "{ type: glue, database: nfe_lake, location: 's3://lake/nfe/', tablePrefix: '%s', region: sa-east-1,"
                .formatted(tablePrefix) + " endpoint: '" + glue.baseUrl() + "' }";
    }

    private static void stubGlue(String operation, ResponseDefinitionBuilder response) {
        glue.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSGlue." + operation))
                .willReturn(response));
    }

    /** The table and location of every partition sent to Glue, in order. */
    private static List<String> partitions() throws IOException {
        List<String> partitions = new ArrayList<>();
        for (LoggedRequest request : glue.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSGlue.BatchCreatePartition")))) {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            partitions.add(body.get("TableName").asText() + " "
                    + body.at("/PartitionInputList/0/StorageDescriptor/Location").asText());
        }
        return partitions;
    }

    private PipelineSource source(String key, String config) {
        client.putObject(request -> request.bucket("conf").key(key), RequestBody.fromString(config));
        return PipelineSource.open("NFE_CONFIG", "s3://conf/" + key, PipelineConfigLoader.create(), () -> client);
    }

    private static String invoke(RequestStreamHandler handler) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream("{\"pipeline\": \"nfe-s3\"}".getBytes(StandardCharsets.UTF_8)),
                output, new FixedTimeContext(FIFTEEN_MINUTES));
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void transformAndLoad_withGlue_registerSilverAndGoldPartitionsAtTheirS3Locations() throws IOException {
        stubGlue("CreateDatabase", okJson("{}"));
        stubGlue("CreateTable", okJson("{}"));
        stubGlue("GetTable", aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"EntityNotFoundException\",\"Message\":\"no table\"}"));
        stubGlue("BatchCreatePartition", okJson("{\"Errors\":[]}"));
        NfeGenerator.seeded(31).writeTo(directory.resolve("landing"), 3);
        String head = "pipeline: nfe-s3\nstorage: " + storage() + "\n";
        String extract = "extract: { type: folder, path: '" + directory.resolve("landing") + "' }\n";
        String transform = "transform: { deserializer: nfe-xml, catalog: " + glueCatalog("") + " }\n";

        invoke(new ExtractHandler(source("extract.yaml", head + extract + transform)));
        invoke(new TransformHandler(source("transform.yaml", head + transform)));
        String loaded = invoke(new LoadHandler(source("load.yaml", head + transform + load(glueCatalog("gold_")))));

        assertThat(loaded).contains("\"partial\" : false");
        String day = "ingest_date=" + LocalDate.now(ZoneOffset.UTC);
        assertThat(partitions())
                .contains("nfe s3://lake/nfe/silver/nfe/" + day + "/batch=nfe-s3." + day.substring(12).replace("-", "")
                        + "-000001/")
                .contains("gold_sales_by_item s3://lake/nfe/gold/sales_by_item/" + day + "/batch=nfe-s3."
                        + day.substring(12).replace("-", "") + "-000001/")
                .anyMatch(partition -> partition.startsWith("gold_sales_by_uf s3://lake/nfe/gold/sales_by_uf/"));
        glue.verify(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSGlue.CreateTable"))
                .withRequestBody(matchingJsonPath("$.TableInput.Name", equalTo("gold_sales_by_cfop"))));
    }

    @Test
    void extractTransformLoad_onS3_loadsEveryDocumentAndPublishesGold() throws IOException, SQLException {
        NfeGenerator.seeded(31).writeTo(directory.resolve("landing"), 12);
        String head = "pipeline: nfe-s3\nstorage: " + storage() + "\ntransform: { deserializer: nfe-xml }\n";
        String extract = "extract: { type: folder, path: '" + directory.resolve("landing") + "' }\n";

        String extracted = invoke(new ExtractHandler(source("extract.yaml", head + extract)));
        String transformed = invoke(new TransformHandler(source("transform.yaml", head)));
        String loaded = invoke(new LoadHandler(source("load.yaml", head + load())));

        assertThat(extracted).contains("\"stage\" : \"extract\"", "\"written\" : 12");
        assertThat(transformed).contains("\"stage\" : \"transform\"", "\"written\" : 12", "\"partial\" : false");
        assertThat(loaded).contains("\"stage\" : \"load\"", "\"partial\" : false");
        assertThat(client.listObjectsV2Paginator(request -> request.bucket("lake").prefix("nfe/gold/sales_by_item/"))
                .contents().stream().map(S3Object::key)).anyMatch(key -> key.endsWith(".parquet"));
        try (EmbeddedPostgres warehouse = EmbeddedPostgres.start(directory.resolve("warehouse"));
                Connection connection = warehouse.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT count(DISTINCT chave), sum(prod_v_prod) FROM sales.sales_by_item")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getLong(1)).isEqualTo(12);
            assertThat(result.getBigDecimal(2)).isGreaterThan(BigDecimal.ZERO);
        }
    }
}
