package dev.nfe.examples.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A copy of one of the distribution's scripts in {@code <directory>/nfe/bin}, beside an empty {@code nfe/lib}, and a
 * {@code JAVA_HOME} in {@code <directory>/jdk} whose {@code java} is a shell script the test writes: what a script
 * of {@code src/dist/bin} runs, seen from outside.
 *
 * @param directory where the distribution and the JDK are, and where the script runs
 * @param script the copied script
 * @param javaHome the directory passed as {@code JAVA_HOME}
 */
record FakeDistribution(Path directory, Path script, Path javaHome) {
    /** The variables the scripts read, which a test sets itself rather than inherit. */
    private static final List<String> SCRIPT_VARIABLES = List.of("JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
            "NFE_CLASS_ARCHIVE");

    /** Installs {@code src/dist/bin/<name>} and a {@code java} running {@code java} under {@code directory}. */
    static FakeDistribution install(Path directory, String name, String java) throws IOException {
        Path script = Files.createDirectories(directory.resolve("nfe/bin")).resolve(name);
        Files.copy(Path.of("src/dist/bin", name).toAbsolutePath(), script);
        Files.createDirectories(directory.resolve("nfe/lib"));
        Path javaHome = directory.resolve("jdk");
        Path executable = Files.writeString(Files.createDirectories(javaHome.resolve("bin")).resolve("java"), java,
                StandardCharsets.UTF_8);
        assertThat(executable.toFile().setExecutable(true)).isTrue();
        return new FakeDistribution(directory, script, javaHome);
    }

    /**
     * Runs the script with {@code args} through {@code /bin/sh}, its output and errors merged, with {@code environment}
     * over an environment without the variables the scripts read, and waits for it to end.
     */
    Process run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", script.toString())
                .directory(directory.toFile())
                .redirectErrorStream(true);
        builder.command().addAll(List.of(args));
        builder.environment().keySet().removeAll(SCRIPT_VARIABLES);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process;
    }
}
