package dev.nfe.examples.bench;

import dev.nfe.core.cli.NfeCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every benchmark in one command: each runs in its own JVM on this class path, and the ratios it prints against the
 * baseline it measured in the same run are set beside their targets, in one table headed by the machine's core
 * count and load. Exits with 1 when a target is missed by more than 20 %, 0 otherwise; a benchmark whose baseline
 * is missing here (the reference script needs python3 with pandas and xmltodict) is reported as skipped.
 *
 * <p>Usage: {@code BenchmarkSuite [documents]} (default 3,000): the transform benchmarks' document count.
 */
public final class BenchmarkSuite {
    /** How far past a target a figure may be before the suite fails. */
    private static final double TOLERANCE = 1.20;

    private final PrintStream out;
    private final List<Row> rows = new ArrayList<>();

    private BenchmarkSuite(PrintStream out) {
        this.out = out;
    }

    /** One figure beside its target; {@code target} empty for a figure reported without one. */
    private record Row(String what, Optional<Double> value, String unit, Optional<Target> target, String note) {
        String verdict() {
            if (value.isEmpty()) {
                return "skipped";
            }
            return target.map(t -> t.met(value.get()) ? "met" : t.withinTolerance(value.get()) ? "missed (< 20 %)"
                    : "MISSED").orElse("");
        }
    }

    /**
     * A target: at most {@code bound} when {@code upper}, else at least.
     */
    private record Target(double bound, boolean upper) {
        boolean met(double value) {
            return upper ? value <= bound : value >= bound;
        }

        boolean withinTolerance(double value) {
            return upper ? value <= bound * TOLERANCE : value >= bound / TOLERANCE;
        }

        @Override
        public String toString() {
            return (upper ? "≤ " : "≥ ") + format(bound);
        }
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        BenchmarkSuite suite = new BenchmarkSuite(System.out);
        suite.run(documents);
        System.exit(suite.rows.stream().anyMatch(row -> row.verdict().equals("MISSED")) ? 1 : 0);
    }

    private void run(int documents) throws Exception {
        String transform = benchmark("TransformBenchmark", Integer.toString(documents), "5");
        rows.add(new Row("silver transform / raw JDK StAX pass, one thread (CPU time)",
                ratio(transform, "ratio silver transform / raw StAX = ([0-9.]+)x"), "×", upper(2.0), ""));
        rows.add(new Row("nfe-xml parse + validate / raw JDK StAX pass",
                ratio(transform, "ratio parse\\+validate / raw StAX = ([0-9.]+)x"), "×", Optional.empty(), ""));
        rows.add(new Row("seed-style script (xmltodict + pandas) / silver transform",
                ratio(transform, "ratio reference / silver transform = ([0-9.]+)x"), "×", lower(10.0),
                transform.contains("reference transform skipped") ? "python3 with pandas and xmltodict absent" : ""));
        int cores = Runtime.getRuntime().availableProcessors();
        String scaling = benchmark("CoresBenchmark", Integer.toString(Math.max(documents, 10_000)), "3");
        rows.add(new Row("silver transform on every core / one thread (throughput, nfe pipeline, warm JVM)",
                ratio(scaling, "ratio [0-9]+ threads / 1 thread = ([0-9.]+)x"), "×",
                cores == 1 ? Optional.empty() : lower(0.8 * cores),
                scaling.contains("identical across thread counts: yes") ? "silver files byte-identical"
                        : "silver files NOT identical"));
        String load = benchmark("LoadBenchmark", "50000", "3");
        rows.add(new Row("jdbc loader / raw COPY FROM STDIN of the same rows",
                ratio(load, "ratio loader / raw COPY: ([0-9.]+)"), "×", upper(1.5), ""));
        String extract = benchmark("ExtractBenchmark", "10", "20");
        rows.add(new Row("http extract, concurrency 8 / concurrency 1 (throughput, 50 ms latency)",
                ratio(extract, "ratio concurrency 8 / concurrency 1 = ([0-9.]+)x"), "×", Optional.empty(), ""));
        rows.add(new Row("folder extract through nfe run (JVM start included)", folderExtract(documents), "docs/s",
                lower(5_000), documents + " generated documents on local disk"));
        print();
    }

    /** Runs {@code name} in its own JVM and returns what it printed. */
    private String benchmark(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                BenchmarkSuite.class.getPackageName() + "." + name));
        command.addAll(List.of(args));
        out.println("running " + name + " " + String.join(" ", args));
        return runCaptured(command, Optional.empty()).output();
    }

    /** Documents per second of {@code nfe run --stage extract} over {@code documents} generated files. */
    private Optional<Double> folderExtract(int documents) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("nfe-bench-extract");
        try {
            String cp = System.getProperty("java.class.path");
            runCaptured(List.of(java(), "-cp", cp, NfeCommand.class.getName(), "generate", "--documents",
                    Integer.toString(documents), "--out", "landing", "--seed", "7"), Optional.of(directory));
            Files.writeString(directory.resolve("pipeline.yaml"), "pipeline: bench\n"
                    + "storage: { type: local, root: ./lake }\n"
                    + "extract: { type: folder, path: ./landing }\n"
                    + "transform: { deserializer: nfe-xml }\n", StandardCharsets.UTF_8);
            out.println("running nfe run --stage extract over " + documents + " documents");
            Captured run = runCaptured(List.of(java(), "-cp", cp, NfeCommand.class.getName(), "run", "--config",
                    "pipeline.yaml", "--stage", "extract"), Optional.of(directory));
            return run.exitCode() == 0 ? Optional.of(documents / run.seconds()) : Optional.empty();
        } finally {
            Folders.delete(directory);
        }
    }

    private record Captured(int exitCode, String output, double seconds) {
    }

    private static Captured runCaptured(List<String> command, Optional<Path> directory)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        directory.ifPresent(folder -> builder.directory(folder.toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Benchmark did not finish within 30 minutes: " + command);
        }
        return new Captured(process.exitValue(), output, (System.nanoTime() - start) / 1e9);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Optional<Double> ratio(String output, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(output);
        return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
    }

    private static Optional<Target> upper(double bound) {
        return Optional.of(new Target(bound, true));
    }

    private static Optional<Target> lower(double bound) {
        return Optional.of(new Target(bound, false));
    }

    private void print() throws IOException {
        String load = Files.exists(Path.of("/proc/loadavg"))
                ? Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0] : "unknown";
        out.printf(Locale.ROOT, "%n%d cores, load average %s, Java %s%n%n", Runtime.getRuntime().availableProcessors(),
                load, System.getProperty("java.version"));
        out.println("| benchmark | measured | target | verdict | note |");
        out.println("|---|---|---|---|---|");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", row.what(),
                    row.value().map(value -> format(value) + " " + row.unit()).orElse("—"),
                    row.target().map(Target::toString).orElse(""), row.verdict(), row.note());
        }
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
