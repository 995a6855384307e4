package dev.nfe.examples.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A copy of one of the distribution's scripts in {@code <directory>/nfe/bin}, beside an empty {@code nfe/lib}, and a
 * {@code JAVA_HOME} in {@code <directory>/jdk} whose {@code java} is a shell script the test writes: what a script
 * of {@code src/dist/bin} runs, seen from outside.
 *
 * @param script the copied script
 * @param javaHome the directory to pass as {@code JAVA_HOME}
 */
record FakeDistribution(Path script, Path javaHome) {

    /** Installs {@code src/dist/bin/<name>} and a {@code java} running {@code java} under {@code directory}. */
    static FakeDistribution install(Path directory, String name, String java) throws IOException {
        Path script = Files.createDirectories(directory.resolve("nfe/bin")).resolve(name);
        Files.copy(Path.of("src/dist/bin", name).toAbsolutePath(), script);
        Files.createDirectories(directory.resolve("nfe/lib"));
        Path javaHome = directory.resolve("jdk");
        Path executable = Files.writeString(Files.createDirectories(javaHome.resolve("bin")).resolve("java"), java,
                StandardCharsets.UTF_8);
        assertThat(executable.toFile().setExecutable(true)).isTrue();
        return new FakeDistribution(script, javaHome);
    }
}
