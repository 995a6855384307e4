package dev.nfe.examples.config;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nfe.core.cli.NfeCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code nfe check} with the plugins of every module: the repository's example configurations and the AWS checks. */
class CheckCommandExamplesTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .getParent();

    @RegisterExtension
    static WireMockExtension aws = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();

    @BeforeEach
    void credentials() {
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
    }

    @AfterEach
    void clearCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private int check(Path file, String... options) {
        CommandLine command = NfeCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(new StringWriter(), true));
        String[] args = Stream.concat(Stream.of("check", "--config", file.toString()), Stream.of(options))
                .toArray(String[]::new);
        return command.execute(args);
    }

    private Path write(String yaml) throws IOException {
        Path file = directory.resolve("pipeline.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    static List<Path> exampleConfigs() throws IOException {
        try (Stream<Path> files = Stream.concat(
                Files.list(ROOT.resolve("nfe-examples/demo")), Files.list(ROOT.resolve("nfe-examples/airflow/pipelines")))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void check_everyExampleConfigurationOfTheRepository_isValidOffline() throws IOException {
        List<Path> configs = exampleConfigs();
        assertThat(configs).hasSizeGreaterThanOrEqualTo(2);
        for (Path config : configs) {
            out.getBuffer().setLength(0);

            int exitCode = check(config);

            assertThat(exitCode).as("%s:%n%s", config, out).isZero();
            assertThat(out.toString()).contains("is valid");
        }
    }

    @Test
    void check_awsConfigurationWithSeveralProblems_reportsEveryOneWithKeyAndFix() throws IOException {
        int exitCode = check(write("""
                pipeline: broken
                secrets: { type: secretsmanager, prefix: nfe/prod/, region: sa-east-1 }
                storage: { type: s3, prefix: nfe/, region: sa-east-1 }
                extract: { type: folder, path: ./landing }
                transform:
                  deserializer: nfe-xml
                  catalog: { type: glue, database: NFE-Lake, location: my-lake }
                load:
                  type: jdbc
                  url: "jdbc:redshift://cluster.abc.sa-east-1.redshift.amazonaws.com:5439/dev"
                  dialect: redshift
                  secret: redshift
                  storage: { type: s3, bucket: my-lake, regoin: sa-east-1 }
                  rules: [ sql/sales_by_item.sql ]
                notify: { type: sns, topicArn: "arn:aws:sqs:sa-east-1:123456789012:q" }
                """));

        assertThat(exitCode).isEqualTo(2);
        assertThat(out.toString())
                .contains("  storage.bucket: required key is missing")
                .contains("  transform.catalog.database: ")
                .contains("  transform.catalog.location: ")
                .contains("  notify.topicArn: ")
                .doesNotContain("[hidden]");
    }

    @Test
    void check_redshiftUrlWithoutTheRedshiftDriver_namesTheKeyAndBothFixes() throws IOException {
        int exitCode = check(write("""
                pipeline: sales
                storage: { type: local, root: %s }
                extract: { type: folder, path: ./landing }
                transform: { deserializer: nfe-xml }
                load:
                  type: jdbc
                  url: "jdbc:redshift://cluster.abc.sa-east-1.redshift.amazonaws.com:5439/dev"
                  dialect: redshift
                  storage: { type: s3, bucket: my-lake, regoin: sa-east-1 }
                  rules: [ sql/sales_by_item.sql, sql/absent.sql ]
                  gold: { writer: unload }
                """.formatted(directory.resolve("lake"))));

        assertThat(exitCode).isEqualTo(2);
        assertThat(out.toString())
                .contains("  load.url: jdbc:redshift: needs the Amazon Redshift JDBC driver "
                        + "(com.amazon.redshift:redshift-jdbc42), which is not on the class path; add it, or write the "
                        + "URL as jdbc:postgresql://<cluster endpoint>:5439/<database>")
                .contains("  load.redshift.s3Root: required for dialect redshift")
                .contains("  load.redshift.iamRole: required for dialect redshift")
                .contains("  load.rules[1]: ")
                .contains("  load.storage.regoin: ");
    }

    @Test
    void check_online_triesEachConnectionWithOneLinePerDependency() throws IOException {
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=GetTopicAttributes"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(
                        "<GetTopicAttributesResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
                                + "<GetTopicAttributesResult><Attributes/></GetTopicAttributesResult>"
                                + "</GetTopicAttributesResponse>")));
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSGlue.GetDatabase"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"EntityNotFoundException\",\"Message\":\"no database\"}")));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        int exitCode = check(write("""
                pipeline: sales
                storage: { type: local, root: %s }
                extract: { type: folder, path: ./landing }
                transform:
                  deserializer: nfe-xml
                  catalog: { type: glue, database: nfe_lake, location: "s3://my-lake/", region: sa-east-1, endpoint: "%s" }
                load:
                  type: jdbc
                  url: "jdbc:postgresql://127.0.0.1:%d/warehouse"
                  user: loader
                  password: not-a-real-password
                  connectTimeout: 2s
                  storage: { type: local, root: %s }
                  rules: [ sql/sales_by_item.sql ]
                notify:
                  type: emf
                  forward: { type: sns, topicArn: "arn:aws:sns:sa-east-1:123456789012:nfe", endpoint: "%s" }
                """.formatted(directory.resolve("lake"), aws.baseUrl(), closedPort, directory.resolve("lake"),
                aws.baseUrl())), "--online");

        assertThat(exitCode).as(out.toString()).isEqualTo(1);
        assertThat(out.toString())
                .contains("ok    secrets (env): every ${secret:…} placeholder resolved")
                .contains("ok    transform.catalog (glue): database nfe_lake does not exist yet")
                .contains("FAIL  load (jdbc): cannot connect to the warehouse")
                .contains("ok    notify (emf): metrics to standard output; forward: topic "
                        + "arn:aws:sns:sa-east-1:123456789012:nfe exists")
                .doesNotContain("not-a-real-password");
    }
}
