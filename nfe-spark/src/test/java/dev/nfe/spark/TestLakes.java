package dev.nfe.spark;

import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.runtime.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Local lakes for the job's tests and benchmark: one configuration per lake, and a lake copied byte for byte. */
public final class TestLakes {

    private TestLakes() {
    }

    /** Writes {@code <directory>/<lake>.yaml}: a local lake in {@code <directory>/<lake>} fed from {@code landing}. */
    public static Path config(Path directory, String pipeline, String lake, Path landing) throws IOException {
        Path file = directory.resolve(lake + ".yaml");
        Files.writeString(file, """
                pipeline: %s
                storage: { type: local, root: %s }
                extract: { type: folder, path: %s }
                transform: { deserializer: nfe-xml, writer: parquet, catalog: none }
                notify: log
                """.formatted(pipeline, directory.resolve(lake), landing));
        return file;
    }

    /** The library's pipeline of {@code config}. */
    public static Pipeline pipeline(Path config) {
        return Pipeline.fromConfig(PipelineConfigLoader.create().load(config));
    }

    /** Copies the tree {@code from} to {@code to}. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path));
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
