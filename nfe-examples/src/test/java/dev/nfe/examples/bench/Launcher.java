package dev.nfe.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The distribution's launcher {@code bin/nfe}, named by the system property {@value #PROPERTY} (which the
 * {@code bench} profile sets to the one {@code mvn package} built), run as users run it: through {@code /bin/sh},
 * with this JVM's {@code java.home} as {@code JAVA_HOME}.
 */
record Launcher(Path path) {
    /** The system property that names the distribution's launcher. */
    static final String PROPERTY = "nfe.bench.launcher";

    /** The launcher the system property names. */
    static Launcher fromProperty() {
        String launcher = System.getProperty(PROPERTY);
        if (launcher == null || !Files.isExecutable(Path.of(launcher))) {
            throw new IllegalStateException("Set -D" + PROPERTY + " to the distribution's bin/nfe (after mvn"
                    + " package: nfe-examples/target/nfe-<version>-cli/nfe-<version>/bin/nfe), was " + launcher);
        }
        return new Launcher(Path.of(launcher));
    }

    /**
     * Writes {@code directory/pipeline.yaml}, the pipeline the benchmarks run: a {@code folder} extract of
     * {@code ./landing} into a {@code local} lake at {@code ./lake}, and a plain Parquet transform without a catalog.
     */
    static void writeFolderPipeline(Path directory, String pipeline) throws IOException {
        Files.writeString(directory.resolve("pipeline.yaml"), "pipeline: " + pipeline + "\n"
                + "storage: { type: local, root: ./lake }\n"
                + "extract: { type: folder, path: ./landing }\n"
                + "transform: { deserializer: nfe-xml, writer: parquet, catalog: none }\n", StandardCharsets.UTF_8);
    }

    /** The script beside the launcher called {@code name}, as in {@code bin/nfe-class-archive}. */
    Path sibling(String name) {
        return path.resolveSibling(name);
    }

    /**
     * Runs {@code bin/nfe args} in {@code directory} with {@code environment} (e.g. {@code JAVA_OPTS}) and checks that
     * it exited with 0.
     */
    ChildJvm.Result nfe(Path directory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        return script(path, directory, environment, args);
    }

    /** Runs the script {@code script} like {@link #nfe}. */
    ChildJvm.Result script(Path script, Path directory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", script.toString()));
        command.addAll(List.of(args));
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("JAVA_HOME", System.getProperty("java.home"));
        ChildJvm.Result result = ChildJvm.runProcess(command, variables, Optional.of(directory));
        if (result.exitCode() != 0) {
            throw new IllegalStateException(script.getFileName() + " " + String.join(" ", args) + " exited with "
                    + result.exitCode() + ":\n" + result.output());
        }
        return result;
    }
}
