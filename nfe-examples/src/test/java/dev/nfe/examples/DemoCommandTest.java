package dev.nfe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo as the README runs it: a separate JVM in an empty working directory. */
class DemoCommandTest {
    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    Path directory;

    @Test
    void demo_inAnEmptyDirectory_fillsBronzeSilverWarehouseAndGoldAndPrintsTheSummary() throws Exception {
        Result result = demo("demo", "--documents", "40", "--invalid", "3");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Pipeline nfe-demo")
                .containsPattern("extract\\s+43\\s+43\\s+0")
                .containsPattern("transform\\s+43\\s+40\\s+3");
        assertThat(files("lake/silver/_manifests")).isNotEmpty();
        assertThat(result.out()).containsPattern("load\\s+1\\s+1\\s+0");
        assertThat(files("lake/gold/_manifests")).hasSameSizeAs(files("lake/silver/_manifests"));
        assertThat(files("lake/silver/_quarantine")).filteredOn(name -> name.endsWith(".reason.json")).hasSize(3);
    }

    @Test
    void demo_runTwice_addsNothingTheSecondTime() throws Exception {
        demo("demo", "--documents", "10", "--invalid", "1");
        List<String> before = files("lake");

        Result again = demo("demo", "--documents", "10", "--invalid", "1");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern("extract\\s+[0-9,]+\\s+0\\s").containsPattern("transform\\s+0\\s+0");
        assertThat(files("lake")).containsExactlyElementsOf(before);
    }

    /**
     * The lake's files, except the embedded warehouse's, which PostgreSQL rewrites on every start, the stage
     * leases, whose chain every run moves on, and the source ledger, which records in a segment of its own each run
     * that saw landing files change: the demo writes its landing files anew on every run.
     */
    private List<String> files(String folder) throws IOException {
        try (Stream<Path> paths = Files.walk(directory.resolve(folder))) {
            return paths.filter(Files::isRegularFile).map(path -> directory.relativize(path).toString())
                    .filter(name -> !name.startsWith("lake/_warehouse/") && !name.startsWith("lake/_state/nfe-demo/leases/")
                            && !name.startsWith("lake/_state/nfe-demo/ledger/"))
                    .sorted()
                    .toList();
        }
    }

    private Result demo(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NfeDemo.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(directory, "demo", ".out");
        Path err = Files.createTempFile(directory, "demo", ".err");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The demo did not finish within " + TIMEOUT_SECONDS + "s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The outcome of one run. */
    private record Result(int exitCode, String out, String err) {
    }
}
