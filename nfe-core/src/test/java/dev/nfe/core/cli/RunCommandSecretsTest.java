package dev.nfe.core.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code nfe run} against an API that echoes its token: the token reaches no output and no file of the lake. */
class RunCommandSecretsTest {
    private static final String TOKEN = "tok-9f8e7d6c5b4a";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(1)).build();

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void run_invalidNextLinkCarryingTheToken_reportsTheCauseWithTheTokenHidden() throws IOException {
        server.stubFor(get(urlPathEqualTo("/nfe")).willReturn(okJson("{\"items\":[{\"chNFe\":\"x\"}],"
                + "\"next\":\"http://[broken?access_token=" + TOKEN + "\"}")));

        int exitCode = execute("run", "--stage", "extract", "--config", pipeline().toString());

        assertThat(exitCode).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("not a URL").contains("caused by").doesNotContain(TOKEN);
        assertThat(out.toString()).doesNotContain(TOKEN);
        assertThat(filesContainingTheToken()).isEmpty();
    }

    private Path pipeline() throws IOException {
        Path secrets = Files.createDirectory(directory.resolve("secrets"));
        Files.writeString(secrets.resolve("api"), TOKEN);
        return Files.writeString(directory.resolve("pipeline.yaml"), String.join("\n",
                "pipeline: leak-probe",
                "storage: { type: local, root: '" + directory.resolve("lake") + "' }",
                "extract:",
                "  type: http",
                "  url: " + server.url("/nfe"),
                "  auth: { header: Authorization, value: 'Bearer ${secret:api}' }",
                "  pagination: { style: next-url, nextUrlField: next }",
                "  response: { format: json-list, itemsPointer: /items }",
                "  retry: { maxAttempts: 1 }",
                "transform: { deserializer: nfe-json, writer: parquet, catalog: { type: none } }",
                "secrets: { type: file, path: '" + secrets + "' }",
                ""));
    }

    private List<Path> filesContainingTheToken() throws IOException {
        Path lake = directory.resolve("lake");
        if (!Files.exists(lake)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(lake)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(TOKEN);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    private int execute(String... args) {
        CommandLine commandLine = NfeCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
