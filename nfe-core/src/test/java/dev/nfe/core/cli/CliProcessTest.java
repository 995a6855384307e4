package dev.nfe.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.generate.NfeGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes and the summary of {@code nfe run}, as a separate process sees them. */
class CliProcessTest {

    @TempDir
    Path directory;

    @Test
    void run_validDocuments_exits0AndPrintsTheSummary() throws IOException {
        NfeGenerator.seeded(7).writeTo(directory.resolve("input"), 12);
        writeConfig("lake");

        NfeProcess.Result result = NfeProcess.run(directory, "run", "--config", "pipeline.yaml");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Pipeline nfe-cli").containsPattern("extract\\s+12\\s+12\\s+0")
                .containsPattern("transform\\s+12\\s+12\\s+0");
        assertThat(result.err()).contains("progress extract").contains("progress transform");
    }

    @Test
    void run_quarantinedDocumentsWithFlag_exits3() throws IOException {
        NfeGenerator.seeded(7).writeTo(directory.resolve("input"), 3);
        Files.writeString(directory.resolve("input/broken.xml"), "<nfeProc><NFe>");
        writeConfig("lake");

        NfeProcess.Result result = NfeProcess.run(directory, "run", "-c", "pipeline.yaml", "--fail-on-quarantine");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(result.out()).containsPattern("transform\\s+4\\s+3\\s+1").contains("_quarantine");
    }

    @Test
    void run_quarantinedDocumentsWithoutFlag_exits0() throws IOException {
        Files.createDirectories(directory.resolve("input"));
        Files.writeString(directory.resolve("input/broken.xml"), "<nfeProc><NFe>");
        writeConfig("lake");

        NfeProcess.Result result = NfeProcess.run(directory, "run", "-c", "pipeline.yaml");

        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void run_configurationError_exits2NamingTheKey() throws IOException {
        Files.createDirectories(directory.resolve("input"));
        Files.writeString(directory.resolve("pipeline.yaml"), """
                pipeline: nfe-cli
                storage: { type: local, root: lake }
                extract: { type: folder, path: input }
                transform: { deserializer: nfe-xml }
                notfiy: log
                """);

        NfeProcess.Result result = NfeProcess.run(directory, "run", "--config", "pipeline.yaml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nfe: configuration error:").contains("notfiy: unknown key");
    }

    @Test
    void run_storageFailure_exits1WithTheReason() throws IOException {
        NfeGenerator.seeded(7).writeTo(directory.resolve("input"), 2);
        Files.writeString(directory.resolve("lake"), "a file where the lake's directory should be");
        writeConfig("lake");

        NfeProcess.Result result = NfeProcess.run(directory, "run", "--config", "pipeline.yaml", "--stage", "extract");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("nfe: ");
    }

    @Test
    void version_printsTheProjectVersion() {
        NfeProcess.Result result = NfeProcess.run(directory, "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("nfe ").doesNotContain("${project.version}").doesNotContain("unknown");
    }

    private void writeConfig(String lake) throws IOException {
        Files.writeString(directory.resolve("pipeline.yaml"), """
                pipeline: nfe-cli
                storage: { type: local, root: %s }
                extract: { type: folder, path: input }
                transform: { deserializer: nfe-xml }
                notify: log
                """.formatted(lake));
    }
}
