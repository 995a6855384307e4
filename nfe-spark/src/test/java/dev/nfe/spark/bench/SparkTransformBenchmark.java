package dev.nfe.spark.bench;

import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.spark.SparkTransform;
import dev.nfe.spark.TestLakes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job in local mode against the library's own transform, over the same bronze: {@code N} generated NF-e
 * extracted once by the library into a lake, copied byte for byte, then transformed by each, into the layout of
 * the third argument ({@code parquet}, the default, or {@code iceberg}). Prints documents per second of each (the
 * Spark session's start measured apart) and their ratio.
 *
 * <pre>{@code
 * mvn -q -pl nfe-spark test-compile exec:exec -Dspark.main=dev.nfe.spark.bench.SparkTransformBenchmark \
 *     -Dspark.args="10000 local[*] iceberg"
 * }</pre>
 */
public final class SparkTransformBenchmark {

    private SparkTransformBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String master = args.length > 1 ? args[1] : "local[*]";
        String writer = args.length > 2 ? args[2] : "parquet";
        Path directory = Files.createTempDirectory("nfe-spark-bench");
        try {
            if (!writer.equals("parquet") && !writer.equals("iceberg")) {
                throw new IllegalArgumentException("Cannot benchmark layout " + writer + ": parquet or iceberg");
            }
            Path landing = directory.resolve("landing");
            NfeGenerator.seeded(11).writeTo(landing, documents);
            String writerYaml = "{ type: " + writer + " }";
            Path library = TestLakes.config(directory, "nfe-spark-bench", "library", landing, writerYaml);
            Path spark = TestLakes.config(directory, "nfe-spark-bench", "spark", landing, writerYaml);
            RunSummary extract = pipeline(library).run(pipeline(library).request(Stage.EXTRACT));
            TestLakes.copy(directory.resolve("library"), directory.resolve("spark"));

            long start = System.nanoTime();
            RunSummary byLibrary = pipeline(library).run(pipeline(library).request(Stage.TRANSFORM));
            double librarySeconds = (System.nanoTime() - start) / 1e9;

            start = System.nanoTime();
            SparkSession session = SparkSession.builder().master(master).appName("nfe-spark-bench")
                    .config("spark.ui.enabled", "false").getOrCreate();
            double sessionSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            RunSummary bySpark = SparkTransform.run(session, spark.toString());
            double sparkSeconds = (System.nanoTime() - start) / 1e9;
            session.stop();

            if (bySpark.written() != byLibrary.written() || bySpark.quarantined() != byLibrary.quarantined()) {
                throw new IllegalStateException("The two transforms disagree: library " + byLibrary + ", spark "
                        + bySpark);
            }
            System.out.printf(Locale.ROOT, "%,d documents (%.1f MB of bronze), %d cores, Spark master %s, %s layout%n",
                    documents, extract.bytes() / 1e6, Runtime.getRuntime().availableProcessors(), master, writer);
            System.out.printf(Locale.ROOT, "library transform (%s threads): %.2f s, %,.0f docs/s%n", "all",
                    librarySeconds, documents / librarySeconds);
            System.out.printf(Locale.ROOT, "spark job (session start %.2f s apart): %.2f s, %,.0f docs/s%n",
                    sessionSeconds, sparkSeconds, documents / sparkSeconds);
            System.out.printf(Locale.ROOT, "spark job / library transform, time: %.2f x%n",
                    sparkSeconds / librarySeconds);
        } finally {
            delete(directory);
        }
    }

    private static Pipeline pipeline(Path config) {
        return TestLakes.pipeline(config);
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
