package dev.nfe.examples.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's launcher, {@code src/dist/bin/nfe}, run by {@code /bin/sh} against a {@code JAVA_HOME} whose
 * {@code java} prints the arguments it was given: the options the JVM gets, in order, and the jar beside the launcher.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
    @TempDir
    Path directory;

    private FakeDistribution distribution;

    @BeforeEach
    void install() throws IOException {
        distribution = FakeDistribution.install(directory, "nfe", "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    }

    private List<String> javaArguments(Map<String, String> environment) throws IOException, InterruptedException {
        Process process = distribution.run(environment, "run", "--stage", "transform");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    private String jar() {
        return directory.resolve("nfe/lib/nfe-demo.jar").toString();
    }

    @Test
    void noOptions_runTheJarWithTheThroughputCollector() throws Exception {
        assertThat(javaArguments(Map.of()))
                .containsExactly("-XX:+UseParallelGC", "-jar", jar(), "run", "--stage", "transform");
    }

    @Test
    void javaOpts_followTheCollectorAndAreSplitIntoOptions() throws Exception {
        assertThat(javaArguments(Map.of("JAVA_OPTS", "-Xmx2g  -XX:+UseStringDeduplication -Xlog:gc")))
                .containsExactly("-XX:+UseParallelGC", "-Xmx2g", "-XX:+UseStringDeduplication", "-Xlog:gc", "-jar",
                        jar(), "run", "--stage", "transform");
    }

    @Test
    void javaOpts_thatChooseACollector_replaceTheDefault() throws Exception {
        assertThat(javaArguments(Map.of("JAVA_OPTS", "-Xmx2g -XX:+UseG1GC")))
                .containsExactly("-Xmx2g", "-XX:+UseG1GC", "-jar", jar(), "run", "--stage", "transform");
    }

    @Test
    void toolOptions_thatChooseACollector_replaceTheDefault() throws Exception {
        // the JVM reads JAVA_TOOL_OPTIONS and JDK_JAVA_OPTIONS itself; two collectors would stop it at start-up
        assertThat(javaArguments(Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseZGC"))).doesNotContain("-XX:+UseParallelGC");
        assertThat(javaArguments(Map.of("JDK_JAVA_OPTIONS", "-Xss1m -XX:+UseSerialGC")))
                .doesNotContain("-XX:+UseParallelGC");
    }

    @Test
    void classArchive_newerThanTheJar_isMapped() throws Exception {
        Path archive = archive("nfe/lib/nfe.jsa", Instant.parse("2026-03-02T10:00:00Z"));

        assertThat(javaArguments(Map.of())).containsExactly("-XX:+UseParallelGC", "-XX:SharedArchiveFile=" + archive,
                "-jar", jar(), "run", "--stage", "transform");
    }

    @Test
    void classArchive_olderThanTheJar_isLeftAlone() throws Exception {
        archive("nfe/lib/nfe.jsa", Instant.parse("2026-02-28T10:00:00Z"));

        assertThat(javaArguments(Map.of())).noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void classArchive_namedByTheEnvironment_isMapped() throws Exception {
        Path archive = archive("cache/nfe.jsa", Instant.parse("2026-03-02T10:00:00Z"));

        assertThat(javaArguments(Map.of("NFE_CLASS_ARCHIVE", archive.toString())))
                .contains("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void classArchive_isLeftAlone_whenTheOptionsChooseClassSharing() throws Exception {
        archive("nfe/lib/nfe.jsa", Instant.parse("2026-03-02T10:00:00Z"));

        assertThat(javaArguments(Map.of("JAVA_OPTS", "-Xshare:off"))).containsExactly("-XX:+UseParallelGC",
                "-Xshare:off", "-jar", jar(), "run", "--stage", "transform");
        assertThat(javaArguments(Map.of("JDK_JAVA_OPTIONS", "-XX:SharedArchiveFile=/elsewhere.jsa")))
                .noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile=" + directory));
    }

    /** A jar written on 2026-03-01 and an archive at {@code path} with the modification time {@code written}. */
    private Path archive(String path, Instant written) throws IOException {
        Path jar = Files.createDirectories(directory.resolve("nfe/lib")).resolve("nfe-demo.jar");
        Files.writeString(jar, "jar", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-03-01T10:00:00Z")));
        Path archive = directory.resolve(path);
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "archive", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(archive, FileTime.from(written));
        return archive;
    }

    @Test
    void javaOpts_areNotExpandedAsFileNames() throws Exception {
        Files.writeString(directory.resolve("-Dnfe.glob=matched"), "", StandardCharsets.UTF_8);
        assertThat(javaArguments(Map.of("JAVA_OPTS", "-Dnfe.glob=*"))).contains("-Dnfe.glob=*");
    }
}
