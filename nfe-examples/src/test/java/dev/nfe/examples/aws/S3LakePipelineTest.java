package dev.nfe.examples.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
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

    @RegisterExtension
    final S3ProxyExtension server = InProcessS3.server();

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
        return """
                load:
                  type: jdbc
                  url: embedded
                  embedded: { dataDir: '%s' }
                  storage: %s
                  schema: sales
                  setup: [ sql/schema.sql ]
                  rules: [ sql/nfe_event_registered.sql, sql/sales_by_item.sql, sql/sales_by_cfop.sql, sql/sales_by_uf.sql ]
                  gold: { writer: parquet, layer: gold }
                """.formatted(directory.resolve("warehouse"), storage());
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
