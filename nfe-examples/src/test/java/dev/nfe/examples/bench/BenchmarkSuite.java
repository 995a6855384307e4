package dev.nfe.examples.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every benchmark in one command: each runs in its own JVM on this class path, and the ratios it prints against the
 * baseline it measured in the same run are set beside their targets, in one table headed by the machine's core
 * count and load. Exits with 1 when a target is missed by more than 20 %, 0 otherwise; a benchmark whose baseline
 * is missing here (the reference script needs python3 with pandas and xmltodict) is reported as skipped.
 *
 * <p>Usage: {@code BenchmarkSuite [documents] [backlog]}: the transform benchmarks' document count (default 3,000) and
 * the documents of the backlog run in 256 MB of heap (default 150,000, about 1.1 GB).
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
        int backlog = args.length > 1 ? Integer.parseInt(args[1]) : 150_000;
        BenchmarkSuite suite = new BenchmarkSuite(System.out);
        suite.run(documents, backlog);
        System.exit(suite.rows.stream().anyMatch(row -> row.verdict().equals("MISSED")) ? 1 : 0);
    }

    private void run(int documents, int backlog) throws Exception {
        String transform = benchmark("TransformBenchmark", Integer.toString(documents), "5");
        rows.add(new Row("silver transform / raw JDK StAX pass, one thread (CPU time)",
                ratio(transform, "ratio silver transform / raw StAX = ([0-9.]+)x"), "×", upper(2.0), ""));
        rows.add(new Row("nfe-xml parse + validate / raw JDK StAX pass",
                ratio(transform, "ratio parse\\+validate / raw StAX = ([0-9.]+)x"), "×", Optional.empty(), ""));
        rows.add(new Row("raw Woodstox StAX pass / raw JDK StAX pass",
                ratio(transform, "ratio raw Woodstox / raw StAX \\(JDK\\) = ([0-9.]+)x"), "×", Optional.empty(),
                "nfe-xml's parser"));
        rows.add(new Row("raw Aalto StAX pass / raw JDK StAX pass",
                ratio(transform, "ratio raw Aalto / raw StAX \\(JDK\\) = ([0-9.]+)x"), "×", Optional.empty(), ""));
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
                ratio(load, "ratio loader / raw COPY: ([0-9.]+)"), "×", upper(1.5), "stage + 4 example rules + log"));
        rows.add(new Row("the loader's staging step alone (silver Parquet) / raw COPY FROM STDIN",
                ratio(load, "ratio to raw COPY: ([0-9.]+)"), "×", Optional.empty(), "the columns the rules name"));
        rows.add(new Row("the loader's staging step alone / raw COPY of the same columns",
                ratio(load, "to the raw COPY of those columns: ([0-9.]+)"), "×", Optional.empty(), ""));
        String extract = benchmark("ExtractBenchmark", "10", "20");
        for (String concurrency : List.of("4", "8", "16")) {
            rows.add(new Row("http extract, concurrency " + concurrency + " / concurrency 1 (throughput, 50 ms latency)",
                    ratio(extract, "ratio concurrency " + concurrency + " / concurrency 1 = ([0-9.]+)x"), "×",
                    Optional.empty(), ""));
        }
        Matcher limit = Pattern.compile("rate limit ([0-9]+) requests/s at concurrency 16: at most ([0-9]+) requests")
                .matcher(extract);
        boolean limited = limit.find();
        rows.add(new Row("http extract under a rate limit, concurrency 16: most requests the server got in a second",
                limited ? Optional.of(Double.parseDouble(limit.group(2))) : Optional.empty(), "requests",
                limited ? upper(Double.parseDouble(limit.group(1))) : Optional.empty(), "the limit is the target"));
        String backlogRun = benchmark("BacklogBenchmark", Integer.toString(backlog), "10000");
        String perDocument = "ratio per-document time [0-9]+ / [0-9]+ documents: extract ([0-9.]+)x, transform ([0-9.]+)x";
        rows.add(new Row("backlog with -Xmx256m: time per document, " + backlog + " / 10,000 documents, extract",
                ratio(backlogRun, perDocument), "×", upper(1.1), "nfe run, stage time of the run summary"));
        Matcher transformFlat = Pattern.compile(perDocument).matcher(backlogRun);
        rows.add(new Row("backlog with -Xmx256m: time per document, " + backlog + " / 10,000 documents, transform",
                transformFlat.find() ? Optional.of(Double.parseDouble(transformFlat.group(2))) : Optional.empty(), "×",
                upper(1.1), ""));
        rows.add(new Row("backlog with -Xmx256m: peak resident memory of extract and transform",
                ratio(backlogRun, "peak RSS at [0-9]+ documents with -Xmx256m: ([0-9]+) MiB"), "MiB", Optional.empty(),
                backlog + " documents"));
        Optional<Double> staxPerSecond = ratio(transform, "raw StAX pass \\(JDK\\)\\s+[0-9.]+ s\\s+([0-9]+) docs/s");
        Optional<Double> cliPerSecond = ratio(backlogRun, "transform of [0-9]+ documents: ([0-9]+) docs/s");
        rows.add(new Row("nfe run --stage transform per core (" + backlog + " documents, -Xmx256m) / raw JDK StAX pass",
                staxPerSecond.flatMap(stax -> cliPerSecond.map(cli -> stax / (cli / cores))), "×", upper(2.0),
                "time per document; the stage on every core counted as cores × its time"));
        rows.add(new Row("folder extract through nfe run (JVM start included)",
                ratio(backlogRun, "folder extract of [0-9]+ documents: ([0-9]+) docs/s"), "docs/s", lower(5_000),
                backlog + " generated documents on local disk"));
        String startup = benchmark("StartupBenchmark", "200", "5");
        rows.add(new Row("short nfe run (200 documents, extract + transform, JVM start included) with the class"
                        + " archive / without", ratio(startup, "ratio short run with class archive / without = ([0-9.]+)x"),
                "×", Optional.empty(), "bin/nfe-class-archive"));
        Matcher silverFiles = Pattern.compile("silver files per table and ingest day at [0-9]+ documents: ([0-9]+)"
                + " \\(([0-9.]+) MB on average\\)").matcher(backlogRun);
        boolean counted = silverFiles.find();
        rows.add(new Row("silver Parquet files of the busiest table and ingest day (the backlog, one ingest day)",
                counted ? Optional.of(Double.parseDouble(silverFiles.group(1))) : Optional.empty(), "files", upper(5),
                counted ? silverFiles.group(2) + " MB per file on average, every table" : ""));
        print();
    }

    /** Runs {@code name} in its own JVM and returns what it printed. */
    private String benchmark(String name, String... args) throws IOException, InterruptedException {
        out.println("running " + name + " " + String.join(" ", args));
        List<String> options = new ArrayList<>(List.of("-Xmx2g"));
        String launcher = System.getProperty(Launcher.PROPERTY);
        if (launcher != null) {
            options.add("-D" + Launcher.PROPERTY + "=" + launcher);
        }
        ChildJvm.Result result = ChildJvm.run(options, BenchmarkSuite.class.getPackageName() + "." + name,
                List.of(args), Optional.empty());
        if (result.exitCode() != 0) {
            out.println(name + " failed with exit code " + result.exitCode() + ":\n" + result.output());
        } else {
            // the benchmark's own figures, without the pipeline's log lines
            result.output().lines().filter(line -> !line.startsWith("[") && !line.startsWith("SLF4J"))
                    .forEach(line -> out.println("  " + line));
        }
        return result.output();
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
