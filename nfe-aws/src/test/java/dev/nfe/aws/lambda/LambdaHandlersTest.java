package dev.nfe.aws.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.nfe.aws.testing.FixedTimeContext;
import dev.nfe.aws.testing.InProcessS3;
import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.NfeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * The handlers as Lambda runs them: a payload in, the stage on the in-process S3 server, the summaries and
 * continuation out, and SNS (a WireMock stand-in answering the real SDK's Publish calls) told of the outcomes.
 */
class LambdaHandlersTest {
    private static final int FIFTEEN_MINUTES = 15 * 60 * 1000;
    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:nfe-alerts";
    private static final String PUBLISHED = """
            <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <PublishResult><MessageId>message-1</MessageId></PublishResult>
              <ResponseMetadata><RequestId>request-1</RequestId></ResponseMetadata>
            </PublishResponse>""";
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final S3ProxyExtension server = InProcessS3.server();

    @RegisterExtension
    static final WireMockExtension SNS = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

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
        SNS.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody(PUBLISHED)));
    }

    @AfterEach
    void stopClient() {
        client.close();
    }

    private String config(String bucket, boolean withExtract, String notifyOn) throws IOException {
        Path input = directory.resolve("input");
        return """
                pipeline: nfe-lambda
                storage: { type: s3, bucket: %s, region: us-east-1, endpoint: '%s', pathStyleAccess: true }
                %s
                transform: { deserializer: nfe-xml }
                notify: { type: sns, topicArn: '%s', endpoint: '%s', notifyOn: [%s] }
                """.formatted(bucket, server.getUri(), withExtract ? "extract: { type: folder, path: '" + input + "' }"
                : "", TOPIC, SNS.baseUrl(), notifyOn);
    }

    private String upload(String key, String content) {
        client.putObject(request -> request.bucket("conf").key(key), RequestBody.fromString(content));
        return "s3://conf/" + key;
    }

    private PipelineSource source(String location) {
        return PipelineSource.open(StageHandler.CONFIG_ENV, location, PipelineConfigLoader.create(), () -> client);
    }

    private static JsonNode invoke(RequestStreamHandler handler, String payload, int remainingMillis)
            throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), output,
                new FixedTimeContext(remainingMillis));
        return JSON.readTree(output.toByteArray());
    }

    private void extractDocuments(int documents) throws IOException {
        NfeGenerator.seeded(11).writeTo(directory.resolve("input"), documents);
        invoke(new ExtractHandler(source(upload("extract.yaml", config("lake", true, "FAILED")))),
                "{\"pipeline\": \"nfe-lambda\"}", FIFTEEN_MINUTES);
    }

    private List<String> keys(String prefix) {
        return client.listObjectsV2Paginator(request -> request.bucket("lake").prefix(prefix)).contents().stream()
                .map(S3Object::key).toList();
    }

    /** The form parameters of each Publish call SNS received. */
    private static List<Map<String, String>> published() {
        return SNS.findAll(postRequestedFor(urlEqualTo("/"))).stream()
                .map(LoggedRequest::getBodyAsString)
                .map(body -> Arrays.stream(body.split("&"))
                        .map(pair -> pair.split("=", 2))
                        .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                                pair -> pair.length < 2 ? "" : URLDecoder.decode(pair[1], StandardCharsets.UTF_8))))
                .filter(form -> "Publish".equals(form.get("Action")))
                .toList();
    }

    @Test
    void transformHandler_afterExtract_writesSilverOnS3AndAnswersWithItsSummary() throws IOException {
        extractDocuments(3);
        TransformHandler handler = new TransformHandler(source(upload("transform.yaml",
                config("lake", false, "FAILED"))));

        JsonNode response = invoke(handler, "{\"pipeline\": \"nfe-lambda\"}", FIFTEEN_MINUTES);

        assertThat(response.get("partial").asBoolean()).isFalse();
        assertThat(response.has("next")).isFalse();
        assertThat(response.get("summaries")).singleElement().satisfies(summary -> {
            assertThat(summary.get("stage").asText()).isEqualTo("transform");
            assertThat(summary.get("written").asLong()).isEqualTo(3);
            assertThat(summary.get("batchIds")).hasSize(1);
        });
        assertThat(keys("silver/")).anyMatch(key -> key.endsWith("_manifest.json"))
                .anyMatch(key -> key.startsWith("silver/nfe/") && key.endsWith(".parquet"));
        assertThat(published()).isEmpty();
    }

    @Test
    void transformHandler_atItsDeadline_answersWithTheNextPayloadThatFinishesTheWork() throws IOException {
        extractDocuments(3);
        TransformHandler handler = new TransformHandler(source(upload("transform.yaml",
                config("lake", false, "FAILED"))));

        JsonNode stopped = invoke(handler, "{\"pipeline\": \"nfe-lambda\"}", 5_000);
        JsonNode resumed = invoke(handler, JSON.writeValueAsString(stopped.get("next")), FIFTEEN_MINUTES);

        assertThat(stopped.get("partial").asBoolean()).isTrue();
        assertThat(stopped.get("next").get("stage").asText()).isEqualTo("transform");
        assertThat(stopped.get("summaries").get(0).get("written").asLong()).isZero();
        assertThat(resumed.get("partial").asBoolean()).isFalse();
        assertThat(resumed.get("summaries").get(0).get("written").asLong()).isEqualTo(3);
    }

    @Test
    void transformHandler_whenStorageFails_publishesOneFailureAndRethrows() throws IOException {
        TransformHandler handler = new TransformHandler(source(upload("broken.yaml",
                config("no-such-bucket", false, "FAILED"))));

        assertThatThrownBy(() -> invoke(handler, "{\"pipeline\": \"nfe-lambda\", \"stage\": \"transform\"}",
                FIFTEEN_MINUTES))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Cannot list");

        assertThat(published()).singleElement().satisfies(form -> {
            assertThat(form).containsEntry("TopicArn", TOPIC)
                    .containsEntry("Subject", "nfe nfe-lambda transform FAILED");
            JsonNode message = JSON.readTree(form.get("Message"));
            assertThat(message.get("pipeline").asText()).isEqualTo("nfe-lambda");
            assertThat(message.get("stage").asText()).isEqualTo("transform");
            assertThat(message.get("outcome").asText()).isEqualTo("FAILED");
            assertThat(message.get("batchIds").isArray()).isTrue();
            assertThat(message.get("error").asText()).startsWith("ObjectNotFoundException: Cannot list");
            assertThat(form.values()).noneMatch(value -> value.contains(InProcessS3.SECRET_KEY));
        });
    }

    @Test
    void allStagesHandler_withSuccessesPublished_sendsOneSummaryPerStage() throws IOException {
        NfeGenerator.seeded(5).writeTo(directory.resolve("input"), 2);
        AllStagesHandler handler = new AllStagesHandler(source(upload("all.yaml",
                config("lake", true, "SUCCEEDED, FAILED"))));

        JsonNode response = invoke(handler, "{\"pipeline\": \"nfe-lambda\"}", FIFTEEN_MINUTES);

        assertThat(response.get("summaries")).extracting(summary -> summary.get("stage").asText())
                .containsExactly("extract", "transform");
        assertThat(published()).extracting(form -> form.get("Subject"))
                .containsExactlyInAnyOrder("nfe nfe-lambda extract SUCCEEDED", "nfe nfe-lambda transform SUCCEEDED");
    }

    @Test
    void stageHandler_payloadForAnotherStageOfAOneStageHandler_failsNamingTheKey() throws IOException {
        Files.createDirectories(directory.resolve("input"));
        ExtractHandler handler = new ExtractHandler(source(upload("extract.yaml", config("lake", true, "FAILED"))));

        assertThatThrownBy(() -> invoke(handler, "{\"pipeline\": \"nfe-lambda\", \"stage\": \"load\"}",
                FIFTEEN_MINUTES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("payload.stage: this host runs stage extract only, was 'load'");
        assertThat(published()).singleElement().satisfies(form -> {
            assertThat(form).containsEntry("Subject", "nfe nfe-lambda extract FAILED");
            assertThat(JSON.readTree(form.get("Message")).get("error").asText())
                    .isEqualTo("ConfigException: payload.stage: this host runs stage extract only, was 'load'");
        });
    }

    @Test
    void stageHandler_failuresBeforeAnyStage_publishOneFailureEachAndRethrow() throws IOException {
        String location = upload("pipeline.yaml", config("lake", false, "FAILED"));
        StageHandler handler = new StageHandler(source(location));

        assertThatThrownBy(() -> invoke(handler, "{\"pipeline\": ", FIFTEEN_MINUTES))
                .isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> invoke(handler, "{\"pipeline\": \"nfe-other\", \"stage\": \"transform\"}",
                FIFTEEN_MINUTES))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("payload.pipeline: is 'nfe-other', but the configuration " + location
                        + " is of pipeline 'nfe-lambda'");
        upload("pipeline.yaml", config("lake", false, "FAILED").replace("deserializer: nfe-xml", "deserializer: nfe-pdf"));
        assertThatThrownBy(() -> invoke(handler, "{\"pipeline\": \"nfe-lambda\", \"stage\": \"transform\"}",
                FIFTEEN_MINUTES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("transform.deserializer.type");

        assertThat(published()).hasSize(3).allSatisfy(form -> {
            assertThat(form).containsEntry("Subject", "nfe nfe-lambda all FAILED");
            assertThat(JSON.readTree(form.get("Message")).get("error").asText()).startsWith("ConfigException: ");
        });
    }

    @Test
    void loadHandler_ofAConfigurationWithoutLoad_publishesOneFailureNamingTheSection() throws IOException {
        LoadHandler handler = new LoadHandler(source(upload("transform.yaml", config("lake", false, "FAILED"))));

        assertThatThrownBy(() -> invoke(handler, "{\"pipeline\": \"nfe-lambda\"}", FIFTEEN_MINUTES))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("load: pipeline nfe-lambda has no load section");

        assertThat(published()).singleElement().satisfies(form ->
                assertThat(form).containsEntry("Subject", "nfe nfe-lambda load FAILED"));
    }

    @Test
    void pipeline_ofS3Configuration_isRebuiltOnlyWhenItsETagChanges() throws IOException {
        String location = upload("pipeline.yaml", config("lake", false, "FAILED"));
        PipelineSource source = source(location);
        var first = source.pipeline();
        var unchanged = source.pipeline();

        upload("pipeline.yaml", config("lake", false, "FAILED").replace("nfe-lambda", "nfe-lambda-v2"));
        var changed = source.pipeline();

        assertThat(unchanged).isSameAs(first);
        assertThat(changed.name()).isEqualTo("nfe-lambda-v2");
        assertThat(source.pipeline()).isSameAs(changed);
    }

    @Test
    void open_missingS3Configuration_failsNamingTheKey() {
        assertThatThrownBy(() -> source("s3://conf/absent.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("NFE_CONFIG: Cannot read the configuration s3://conf/absent.yaml");
    }

    @Test
    void open_classPathConfiguration_buildsItsPipeline() {
        PipelineConfigLoader loader = PipelineConfigLoader.builder()
                .environment(Map.of("NFE_LAKE", directory.resolve("lake").toString()))
                .build();

        PipelineSource source = PipelineSource.open("NFE_CONFIG", "classpath:lambda/transform-local.yaml", loader,
                () -> client);

        assertThat(source.pipeline().name()).isEqualTo("nfe-classpath");
    }

    @Test
    void open_absentClassPathResource_failsNamingTheKey() {
        assertThatThrownBy(() -> PipelineSource.open("NFE_CONFIG", "classpath:lambda/absent.yaml",
                PipelineConfigLoader.create(), () -> client))
                .isInstanceOf(ConfigException.class)
                .hasMessage("NFE_CONFIG: no resource lambda/absent.yaml on the class path");
    }

    @Test
    void open_malformedS3Location_failsNamingTheKey() {
        assertThatThrownBy(() -> source("s3://bucket-only"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("NFE_CONFIG: must be s3://bucket/key, was 's3://bucket-only'");
    }
}
