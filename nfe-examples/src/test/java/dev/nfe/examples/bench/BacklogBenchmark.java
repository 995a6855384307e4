package dev.nfe.examples.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A bronze backlog through the command users run, in a small heap: the distribution's launcher {@code bin/nfe}
 * ({@link Launcher}) runs {@code nfe generate} to write the documents to a folder, then {@code nfe run --stage extract} and
 * {@code nfe run --stage transform} (plain Parquet silver on a local lake), each in a JVM of its own with
 * {@code JAVA_OPTS=-Xmx256m} and the launcher's own JVM options, whose peak resident memory is recorded. The same is
 * done for a small backlog first, the baseline: the time per document (from the run summary, JVM start excluded) of the
 * large backlog over that of the small one shows whether it stays flat as the backlog grows.
 *
 * <p>Usage: {@code BacklogBenchmark [documents] [baselineDocuments]} (defaults 150,000, about 1.1 GB, and 10,000).
 */
public final class BacklogBenchmark {
    private static final String SMALL_HEAP = "-Xmx256m";
    private static final Pattern SUMMARY = Pattern.compile(
            "(?m)^(extract|transform)\\s+([0-9,]+)\\s+([0-9,]+)\\s+([0-9,]+)\\s+.*\\s([0-9.]+)s\\s*$");

    private final PrintStream out;
    private final Launcher launcher;

    private BacklogBenchmark(PrintStream out, Launcher launcher) {
        this.out = out;
        this.launcher = launcher;
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        int baseline = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        BacklogBenchmark benchmark = new BacklogBenchmark(System.out, Launcher.fromProperty());
        Backlog small = benchmark.run(baseline);
        Backlog large = benchmark.run(documents);
        benchmark.out.printf(Locale.ROOT, "ratio per-document time %d / %d documents: extract %.2fx, transform %.2fx%n",
                documents, baseline, large.extract().perDocument() / small.extract().perDocument(),
                large.transform().perDocument() / small.transform().perDocument());
        benchmark.out.printf(Locale.ROOT, "peak RSS at %d documents with -Xmx256m: %.0f MiB%n", documents,
                Math.max(large.extract().peakRssMib(), large.transform().peakRssMib()));
        benchmark.out.printf(Locale.ROOT, "folder extract of %d documents: %.0f docs/s (whole process)%n", documents,
                documents / large.extract().processSeconds());
        benchmark.out.printf(Locale.ROOT, "transform of %d documents: %.0f docs/s (stage time, %d cores)%n", documents,
                documents / large.transform().seconds(), Runtime.getRuntime().availableProcessors());
        benchmark.out.printf(Locale.ROOT, "silver files per table and ingest day at %d documents: %d (%.1f MB on"
                + " average)%n", documents, large.silver().mostPerTableAndDay(), large.silver().meanBytes() / 1e6);
    }

    /**
     * One stage's run: its documents, its duration from the run summary, the whole process's wall time (JVM start
     * included), its peak resident memory.
     */
    private record Stage(long documents, double seconds, double processSeconds, double peakRssMib) {
        double perDocument() {
            return seconds / documents;
        }
    }

    private record Backlog(Stage extract, Stage transform, SilverFiles silver) {
    }

    /**
     * The Parquet files of silver (quarantine aside): how many, their mean size, and the most any table has in one
     * ingest day, the figure query engines pay for.
     */
    private record SilverFiles(long files, double meanBytes, long mostPerTableAndDay) {
        static SilverFiles of(Path silver) throws IOException {
            List<Path> files;
            try (Stream<Path> paths = Files.walk(silver)) {
                files = paths.filter(path -> path.toString().endsWith(".parquet"))
                        .filter(path -> !silver.relativize(path).startsWith("_quarantine"))
                        .toList();
            }
            // silver/<table>/ingest_date=<day>/batch=<id>/part-….parquet
            Map<String, Long> perTableAndDay = files.stream().collect(Collectors.groupingBy(
                    path -> silver.relativize(path).subpath(0, 2).toString(), Collectors.counting()));
            double mean = files.stream().mapToLong(path -> path.toFile().length()).average().orElse(0);
            return new SilverFiles(files.size(), mean,
                    perTableAndDay.values().stream().mapToLong(Long::longValue).max().orElse(0));
        }
    }

    private Backlog run(int documents) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("nfe-bench-backlog");
        try {
            nfe(directory, "", "generate", "--documents", Integer.toString(documents), "--out", "landing",
                    "--seed", "11");
            long bytes = size(directory.resolve("landing"));
            Launcher.writeFolderPipeline(directory, "backlog");
            Stage extract = stage(directory, "extract", documents);
            Stage transform = stage(directory, "transform", documents);
            SilverFiles silver = SilverFiles.of(directory.resolve("lake/silver"));
            out.printf(Locale.ROOT, "silver of %,d documents: %d Parquet files of %.1f MB on average, at most %d per"
                    + " table and ingest day%n", documents, silver.files(), silver.meanBytes() / 1e6,
                    silver.mostPerTableAndDay());
            out.printf(Locale.ROOT, "%,d documents (%.0f MB): extract %.1f s (%.3f ms/doc, peak RSS %.0f MiB), "
                            + "transform %.1f s (%.3f ms/doc, peak RSS %.0f MiB)%n", documents, bytes / 1e6,
                    extract.seconds(), extract.perDocument() * 1e3, extract.peakRssMib(),
                    transform.seconds(), transform.perDocument() * 1e3, transform.peakRssMib());
            return new Backlog(extract, transform, silver);
        } finally {
            Folders.delete(directory);
        }
    }

    /** Runs one stage with {@code JAVA_OPTS=-Xmx256m} and checks that every document was written. */
    private Stage stage(Path directory, String stage, int documents) throws IOException, InterruptedException {
        ChildJvm.Result result = nfe(directory, SMALL_HEAP, "run", "--config", "pipeline.yaml", "--stage", stage);
        Matcher summary = SUMMARY.matcher(result.output());
        if (!summary.find() || !summary.group(1).equals(stage)) {
            throw new IllegalStateException("No summary of " + stage + " in:\n" + result.output());
        }
        long written = Long.parseLong(summary.group(3).replace(",", ""));
        if (written != documents) {
            throw new IllegalStateException(stage + " wrote " + written + " of " + documents + " documents:\n"
                    + result.output());
        }
        return new Stage(documents, Double.parseDouble(summary.group(5)), result.seconds(), result.peakRssMib());
    }

    private ChildJvm.Result nfe(Path directory, String javaOptions, String... args)
            throws IOException, InterruptedException {
        return launcher.nfe(directory, Map.of("JAVA_OPTS", javaOptions), args);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }
}
