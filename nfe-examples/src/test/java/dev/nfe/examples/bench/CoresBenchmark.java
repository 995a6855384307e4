package dev.nfe.examples.bench;

import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * How the silver transform scales with cores, on the path users run: {@code nfe run --stage transform}'s pipeline
 * over a local lake of generated documents extracted from a folder, once on one thread ({@code transform.threads}
 * and {@code transform.writer.threads} 1) and once on every core, in one warm JVM (a first round of each is not
 * measured, so JIT compilation is not either). Each round starts from the same bronze, and the silver files of every
 * run are compared by SHA-256: they must be byte for byte the same.
 *
 * <p>Usage: {@code CoresBenchmark [documents] [rounds]}; prints the wall time of each run, the median per thread
 * count, and the throughput ratio.
 */
public final class CoresBenchmark {
    private final Path directory;
    private final PrintStream out;

    private CoresBenchmark(Path directory, PrintStream out) {
        this.directory = directory;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path directory = Files.createTempDirectory("nfe-bench-cores");
        try {
            new CoresBenchmark(directory, System.out).run(documents, rounds);
        } finally {
            Folders.delete(directory);
        }
    }

    private void run(int documents, int rounds) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        NfeGenerator.seeded(7L).writeTo(directory.resolve("landing"), documents);
        Path bronze = directory.resolve("bronze-lake");
        Pipeline extract = pipeline(bronze, 1, "extract: { type: folder, path: " + directory.resolve("landing") + " }\n");
        extract.run(extract.request(Stage.EXTRACT));
        out.printf(Locale.ROOT, "documents=%d cores=%d rounds=%d (after one unmeasured round of each)%n", documents,
                cores, rounds);
        List<Integer> counts = cores == 1 ? List.of(1) : List.of(1, cores);
        double[][] seconds = new double[counts.size()][rounds];
        SortedMap<String, String> expected = null;
        boolean identical = true;
        for (int round = -1; round < rounds; round++) {
            for (int i = 0; i < counts.size(); i++) {
                Path lake = directory.resolve("lake");
                Folders.delete(lake);
                Folders.copy(bronze, lake);
                Pipeline transform = pipeline(lake, counts.get(i), "");
                long start = System.nanoTime();
                transform.run(transform.request(Stage.TRANSFORM));
                double elapsed = (System.nanoTime() - start) / 1e9;
                SortedMap<String, String> files = silverFiles(lake);
                if (expected == null) {
                    expected = files;
                }
                identical &= files.equals(expected);
                if (round >= 0) {
                    seconds[i][round] = elapsed;
                    out.printf(Locale.ROOT, "round %d threads %d: %.2f s, %d silver files%n", round, counts.get(i),
                            elapsed, files.size());
                }
            }
        }
        double one = TransformBenchmark.median(seconds[0]);
        out.printf(Locale.ROOT, "threads 1: %.2f s median, %.0f docs/s%n", one, documents / one);
        if (counts.size() > 1) {
            double all = TransformBenchmark.median(seconds[1]);
            out.printf(Locale.ROOT, "threads %d: %.2f s median, %.0f docs/s%n", cores, all, documents / all);
            out.printf(Locale.ROOT, "ratio %d threads / 1 thread = %.2fx the throughput (%.2f per core)%n", cores,
                    one / all, one / all / cores);
        }
        out.println("silver files identical across thread counts: " + (identical ? "yes" : "NO"));
        if (!identical) {
            throw new IllegalStateException("The silver files differ between thread counts");
        }
    }

    private Pipeline pipeline(Path lake, int threads, String extract) throws IOException {
        Path config = directory.resolve("pipeline-" + threads + ".yaml");
        Files.writeString(config, "pipeline: bench\n"
                + "storage: { type: local, root: " + lake + " }\n"
                + extract
                + "transform: { deserializer: nfe-xml, threads: " + threads + ", writer: { type: parquet, threads: "
                + threads + " } }\n", StandardCharsets.UTF_8);
        return Pipeline.fromConfig(PipelineConfigLoader.create().load(config));
    }

    /** The SHA-256 of every silver Parquet file, by path under the lake. */
    private static SortedMap<String, String> silverFiles(Path lake) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(lake.resolve("silver"))) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".parquet")).toList()) {
                files.put(lake.relativize(path).toString(), sha256(path));
            }
        }
        return files;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
