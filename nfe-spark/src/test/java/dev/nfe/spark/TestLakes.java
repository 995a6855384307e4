package dev.nfe.spark;

import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Local lakes for the job's tests and benchmark: a two-core local Spark session, one configuration per lake, a landing folder of generated and
 * hostile documents, a lake copied byte for byte, and what a lake holds, read back with the library.
 */
public final class TestLakes {
    private static final String NS = "http://www.portalfiscal.inf.br/nfe";

    private TestLakes() {
    }

    /** A local Spark session on two cores, without UI, shuffling into two partitions. */
    public static SparkSession localSpark(String appName) {
        return SparkSession.builder()
                .master("local[2]")
                .appName(appName)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    /** Writes {@code <directory>/<lake>.yaml}: a local lake in {@code <directory>/<lake>} fed from {@code landing}. */
    public static Path config(Path directory, String pipeline, String lake, Path landing) throws IOException {
        return config(directory, pipeline, lake, landing, "parquet");
    }

    /** Like {@link #config(Path, String, String, Path)}, with silver written by {@code writer} (YAML). */
    public static Path config(Path directory, String pipeline, String lake, Path landing, String writer)
            throws IOException {
        Path file = directory.resolve(lake + ".yaml");
        Files.writeString(file, """
                pipeline: %s
                storage: { type: local, root: %s }
                extract: { type: folder, path: %s }
                transform: { deserializer: nfe-xml, writer: %s, catalog: none }
                notify: log
                """.formatted(pipeline, directory.resolve(lake), landing, writer));
        return file;
    }

    /**
     * Fills {@code landing} with {@code documents} generated NF-e, a document with an external entity and a
     * truncated one, and returns it.
     */
    public static Path landing(Path landing, int documents) throws IOException {
        NfeGenerator.seeded(11).writeTo(landing, documents);
        Files.writeString(landing.resolve("hostile-xxe.xml"), "<?xml version=\"1.0\"?><!DOCTYPE nfeProc [<!ENTITY x"
                + " SYSTEM \"file:///etc/passwd\">]><nfeProc xmlns=\"" + NS + "\">&x;</nfeProc>");
        Files.writeString(landing.resolve("hostile-truncated.xml"), "<nfeProc xmlns=\"" + NS
                + "\"><NFe><infNFe Id=\"NFe1\"><ide>");
        return landing;
    }

    /** The library's pipeline of {@code config}. */
    public static Pipeline pipeline(Path config) {
        return Pipeline.fromConfig(PipelineConfigLoader.create().load(config));
    }

    /** Every silver row of every table, batch by batch, read back with the library's reader. */
    public static Map<String, List<Row>> silverRows(Path config) {
        LayerReader reader = pipeline(config).silver();
        Map<String, List<Row>> rows = new TreeMap<>();
        for (Batch batch : reader.batches().toList()) {
            for (Table table : SilverTables.all()) {
                try (Stream<Row> stream = reader.rows(batch, table)) {
                    rows.computeIfAbsent(table.name(), name -> new ArrayList<>()).addAll(stream.toList());
                }
            }
        }
        return rows;
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

    /** Deletes the tree {@code root}. */
    public static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The files under {@code root}, by relative path, with their content. */
    public static Map<Path, String> files(Path root) {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(Files::isRegularFile).forEach(path -> {
                try {
                    files.put(root.relativize(path), new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
