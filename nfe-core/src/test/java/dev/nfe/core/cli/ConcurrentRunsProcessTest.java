package dev.nfe.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.runtime.LeaseHolderProcess;
import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several {@code nfe run} processes on one lake at once, and a run after one was killed holding a stage. */
class ConcurrentRunsProcessTest {
    private static final int DOCUMENTS = 120;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void run_twoProcessesAtOnce_bothExit0AndLeaveTheLakeOfASingleRun() throws IOException {
        Path shared = prepare(directory.resolve("shared"), "lease: { duration: 3s, wait: 2m }");
        Path single = prepare(directory.resolve("single"), "lease: { duration: 3s, wait: 2m }");

        NfeProcess.Running first = NfeProcess.start(shared, "run", "--config", "pipeline.yaml");
        NfeProcess.Running second = NfeProcess.start(shared, "run", "--config", "pipeline.yaml");
        NfeProcess.Result one = first.await();
        NfeProcess.Result two = second.await();
        NfeProcess.Result reference = NfeProcess.run(single, "run", "--config", "pipeline.yaml");

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(reference.exitCode()).as(reference.err()).isZero();
        assertThat(one.err() + two.err()).as("one run waited for the other").contains("Waiting up to");
        assertThat(chaves(shared.resolve("lake"))).hasSize(DOCUMENTS).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(chaves(single.resolve("lake")));
        assertThat(files(shared.resolve("lake/silver"))).isEqualTo(files(single.resolve("lake/silver")));
        assertThat(bronzeDocuments(shared.resolve("lake"))).hasSize(DOCUMENTS)
                .isEqualTo(referencedBronzeDocuments(shared.resolve("lake")));
    }

    @Test
    void run_whileAnotherRunHoldsTheStageWithoutWait_exits0HavingDoneNothing() throws IOException {
        Path lake = prepare(directory, "lease: { duration: 1m, wait: 0s }");
        Files.createDirectories(lake.resolve("lake/_state/nfe-cli/leases/extract"));
        Files.writeString(lake.resolve("lake/_state/nfe-cli/leases/extract/00000000000000000001.json"), """
                {"generation":1,"owner":"4242@elsewhere/0badf00d","expires":"2999-01-01T00:00:00Z","released":false}
                """);

        NfeProcess.Result result = NfeProcess.run(lake, "run", "--config", "pipeline.yaml");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Another run holds the lake: stage extract is leased to 4242@elsewhere");
        assertThat(lake.resolve("lake/bronze")).doesNotExist();
        assertThat(lake.resolve("lake/silver")).doesNotExist();
    }

    @Test
    void run_afterAHolderWasKilled_proceedsOnceItsLeaseExpires() throws Exception {
        Path lake = prepare(directory, "lease: { duration: 2s, wait: 1m }");
        Process holder = holdLease(lake.resolve("lake"), "extract");
        holder.destroyForcibly().waitFor();

        NfeProcess.Result result = NfeProcess.run(lake, "run", "--config", "pipeline.yaml");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("Took over lease extract from").contains("without being released");
        assertThat(chaves(lake.resolve("lake"))).hasSize(DOCUMENTS).doesNotHaveDuplicates();
    }

    /** Starts a process holding the lease of {@code stage}, and returns once it holds it. */
    private static Process holdLease(Path lake, String stage) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LeaseHolderProcess.class.getName(),
                lake.toString(), "nfe-cli", stage, "PT2S").redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
            if (line.equals(LeaseHolderProcess.HELD)) {
                return process;
            }
        }
        throw new IllegalStateException("The lease holder ended without holding the lease: " + lines);
    }

    private static Path prepare(Path root, String lease) throws IOException {
        Files.createDirectories(root);
        NfeGenerator.seeded(7).writeTo(root.resolve("input"), DOCUMENTS);
        Files.writeString(root.resolve("pipeline.yaml"), """
                pipeline: nfe-cli
                storage: { type: local, root: lake }
                extract: { type: folder, path: input }
                transform: { deserializer: nfe-xml }
                notify: log
                %s
                """.formatted(lease));
        return root;
    }

    /** The chave of every row of silver table nfe. */
    private static List<String> chaves(Path lake) {
        ManifestLayerReader reader = new ManifestLayerReader(new LocalStorage(lake), "silver");
        Table nfe = SilverTables.named("nfe").orElseThrow();
        int chave = nfe.indexOf("chave");
        List<String> chaves = new ArrayList<>();
        try (Stream<Batch> batches = reader.batches()) {
            for (Batch batch : batches.toList()) {
                try (Stream<Row> rows = reader.rows(batch, nfe)) {
                    rows.forEach(row -> chaves.add(String.valueOf(row.get(chave))));
                }
            }
        }
        return chaves;
    }

    /** Every file under {@code root}, by relative path, with its size. */
    private static Map<String, Long> files(Path root) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.size(path));
            }
        }
        return files;
    }

    /** The keys of the bronze documents stored, manifests left out. */
    private static Set<String> bronzeDocuments(Path lake) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(lake.resolve("bronze/nfe-cli"))) {
            paths.filter(Files::isRegularFile)
                    .map(path -> lake.relativize(path).toString())
                    .filter(key -> !key.contains("/_manifests/"))
                    .forEach(keys::add);
        }
        return keys;
    }

    /** The keys of the bronze documents that a bronze manifest names. */
    private static Set<String> referencedBronzeDocuments(Path lake) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(lake.resolve("bronze/nfe-cli/_manifests"))) {
            for (Path manifest : paths.filter(Files::isRegularFile).toList()) {
                for (JsonNode document : JSON.readTree(manifest.toFile()).path("documents")) {
                    keys.add(document.path("path").asText());
                }
            }
        }
        return keys;
    }
}
