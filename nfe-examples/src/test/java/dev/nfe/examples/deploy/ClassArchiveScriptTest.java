package dev.nfe.examples.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's {@code src/dist/bin/nfe-class-archive}, run by {@code /bin/sh} against a {@code JAVA_HOME} whose
 * {@code java} logs its arguments and, for {@code run}, writes the file {@code -XX:ArchiveClassesAtExit} names, as a
 * JVM does when it exits (or fails half-way when {@code FAKE_JAVA_FAILS} is set).
 */
@DisabledOnOs(OS.WINDOWS)
class ClassArchiveScriptTest {
    private static final String FAKE_JAVA = """
            #!/bin/sh
            echo "$*" >> "$FAKE_JAVA_LOG"
            for a in "$@"; do
              case "$a" in
                -XX:ArchiveClassesAtExit=*) archive=${a#-XX:ArchiveClassesAtExit=} ;;
                run) command=run ;;
              esac
            done
            if [ "$command" = run ]; then
              printf 'part' > "$archive"
              if [ -n "$FAKE_JAVA_FAILS" ]; then echo "Cannot run pipeline class-archive: no space" >&2; exit 3; fi
              printf 'archive' > "$archive"
            fi
            """;

    @TempDir
    Path directory;

    private FakeDistribution distribution;

    @BeforeEach
    void install() throws IOException {
        distribution = FakeDistribution.install(directory, "nfe-class-archive", FAKE_JAVA);
    }

    private Process run(Map<String, String> environment) throws IOException, InterruptedException {
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("FAKE_JAVA_LOG", directory.resolve("java.log").toString());
        return distribution.run(variables);
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void archive_isWrittenWhole_afterAGenerateAndARunOfTheJar() throws Exception {
        Process process = run(Map.of());

        Path archive = directory.resolve("nfe/lib/nfe.jsa");
        assertThat(output(process)).isEqualTo("Wrote " + archive + "\n");
        assertThat(process.exitValue()).isZero();
        assertThat(archive).hasContent("archive");
        List<String> calls = Files.readAllLines(directory.resolve("java.log"));
        String jar = directory.resolve("nfe/lib/nfe-demo.jar").toString();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).startsWith("-jar " + jar + " generate --documents 200 --out ");
        assertThat(calls.get(1)).startsWith("-XX:+UseParallelGC -XX:ArchiveClassesAtExit=" + archive + ".partial.")
                .contains("-jar " + jar + " run --config ");
        assertThat(siblings(archive)).containsExactly("nfe.jsa");
    }

    @Test
    void archive_namedByTheEnvironment_isWrittenThere() throws Exception {
        Path archive = Files.createDirectories(directory.resolve("cache")).resolve("nfe.jsa");

        Process process = run(Map.of("NFE_CLASS_ARCHIVE", archive.toString()));

        assertThat(process.exitValue()).as(output(process)).isZero();
        assertThat(archive).hasContent("archive");
        assertThat(directory.resolve("nfe/lib/nfe.jsa")).doesNotExist();
    }

    @Test
    void failedRun_leavesNoArchive_andShowsWhy() throws Exception {
        Process process = run(Map.of("FAKE_JAVA_FAILS", "yes"));

        assertThat(output(process)).contains("Cannot run pipeline class-archive: no space");
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(siblings(directory.resolve("nfe/lib/nfe.jsa"))).isEmpty();
    }

    private static List<String> siblings(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
