package dev.nfe.examples.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A short run through the command users run, as an Airflow task or a container runs it: the distribution's launcher
 * ({@link Launcher}) runs {@code nfe run} (folder extract and Parquet transform of a few generated documents into a
 * fresh local lake) as a whole process, JVM start included, without and then with the class-data sharing archive that
 * {@code bin/nfe-class-archive} builds, alternately, and reports the median wall time of each. The archive is written
 * to a temporary file ({@code NFE_CLASS_ARCHIVE}), never into the distribution.
 *
 * <p>Usage: {@code StartupBenchmark [documents] [rounds]} (defaults 200 and 5).
 */
public final class StartupBenchmark {
    private final PrintStream out;
    private final Launcher launcher;

    private StartupBenchmark(PrintStream out, Launcher launcher) {
        this.out = out;
        this.launcher = launcher;
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        new StartupBenchmark(System.out, Launcher.fromProperty()).run(documents, rounds);
    }

    private void run(int documents, int rounds) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("nfe-bench-startup");
        try {
            launcher.nfe(directory, Map.of(), "generate", "--documents", Integer.toString(documents), "--out", "landing",
                    "--seed", "5");
            Launcher.writeFolderPipeline(directory, "startup");
            Path archive = directory.resolve("nfe.jsa");
            Map<String, String> withArchive = Map.of("NFE_CLASS_ARCHIVE", archive.toString());
            Map<String, String> withoutArchive = Map.of("NFE_CLASS_ARCHIVE", directory.resolve("absent.jsa").toString());
            ChildJvm.Result built = launcher.script(launcher.sibling("nfe-class-archive"), directory, withArchive);
            out.printf(Locale.ROOT, "class archive built in %.1f s: %.0f MB%n", built.seconds(), Files.size(archive) / 1e6);
            List<Double> without = new ArrayList<>();
            List<Double> with = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                without.add(shortRun(directory, withoutArchive));
                with.add(shortRun(directory, withArchive));
            }
            double plain = median(without);
            double shared = median(with);
            out.printf(Locale.ROOT, "short nfe run of %d documents (extract + transform, whole process, median of %d):"
                    + " %.2f s without the class archive, %.2f s with it%n", documents, rounds, plain, shared);
            out.printf(Locale.ROOT, "ratio short run with class archive / without = %.2fx the time%n", shared / plain);
        } finally {
            Folders.delete(directory);
        }
    }

    /** One {@code nfe run} into a fresh lake: its wall time in seconds, JVM start included. */
    private double shortRun(Path directory, Map<String, String> environment) throws IOException, InterruptedException {
        Folders.delete(directory.resolve("lake"));
        ChildJvm.Result result = launcher.nfe(directory, environment, "run", "--config", "pipeline.yaml");
        if (!result.output().contains("transform")) {
            throw new IllegalStateException("No transform in the run:\n" + result.output());
        }
        return result.seconds();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
