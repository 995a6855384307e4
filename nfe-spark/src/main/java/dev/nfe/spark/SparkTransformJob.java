package dev.nfe.spark;

import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.runtime.StageRequest;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.RunSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transform stage of a pipeline as a Spark job: the same stage the CLI and the Lambdas run (its lease, its choice
 * of bronze batches per silver batch, its ledger, quarantine and catalog), with each silver batch's documents
 * mapped by the cluster's executors and written by Spark into the same tables. The library's transform and this job
 * can share a lake: a batch either transformed is never transformed again.
 *
 * <pre>{@code
 * spark-submit --class dev.nfe.spark.SparkTransformJob nfe-spark-job.jar --config s3://artifacts/nfe-sales.yaml
 * }</pre>
 *
 * <p>A run that ends with work left (another run held the stage's lease the whole wait) or fails throws, so the
 * host (Glue, Airflow) marks it failed and retries; a rerun continues safely.
 */
public final class SparkTransformJob {
    private static final Logger log = LoggerFactory.getLogger(SparkTransformJob.class);

    private SparkTransformJob() {
    }

    /** Runs the job with the arguments {@link JobArguments} describes, in the Spark session of the host. */
    public static void main(String[] args) {
        JobArguments arguments = JobArguments.parse(args);
        SparkSession.Builder builder = SparkSession.builder().appName("nfe-transform");
        arguments.master().ifPresent(builder::master);
        SparkSession spark = builder.getOrCreate();
        try {
            RunSummary summary = run(spark, arguments.config(), arguments);
            if (summary.isPartial()) {
                throw new IllegalStateException("The transform of pipeline " + summary.pipeline() + " did not finish: "
                        + summary.heldBy().map(holder -> "run " + holder + " held the stage's lease")
                                .orElse("it stopped with work left") + "; run the job again");
            }
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the transform of the pipeline configured at {@code configLocation} on {@code spark}.
     *
     * @throws ConfigException naming the key, if the configuration is invalid or does not match the arguments
     */
    static RunSummary run(SparkSession spark, String configLocation, JobArguments arguments) {
        JobConfig config = JobConfig.parse(read(spark, configLocation), configLocation);
        arguments.pipeline().filter(name -> !name.equals(config.config().name())).ifPresent(name -> {
            throw new ConfigException("pipeline: the job was started for pipeline " + name + " but "
                    + configLocation + " configures " + config.config().name());
        });
        return run(spark, config, arguments, SparkJobOptions.DEFAULTS);
    }

    static RunSummary run(SparkSession spark, JobConfig config, JobArguments arguments, SparkJobOptions options) {
        prepare(spark);
        Pipeline pipeline = Pipeline.builder()
                .config(config.config())
                .transformEngine(new SparkTransformEngine(spark, config, options))
                .build();
        StageRequest request = pipeline.request(Stage.TRANSFORM).withBatchIds(arguments.batchIds());
        RunSummary summary = pipeline.run(request);
        log.info("Transform of pipeline {} on Spark: seen={} written={} quarantined={} warnings={} batches={}",
                summary.pipeline(), summary.seen(), summary.written(), summary.quarantined(), summary.warnings(),
                summary.batchIds());
        return summary;
    }

    /**
     * Settings the job's writes rely on: instants and dates as {@code java.time} values, the library's physical
     * Parquet types, no {@code _SUCCESS} markers
     * or checksum side files in the batch folders (only the manifest commits a batch).
     */
    private static void prepare(SparkSession spark) {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        // decimals as fixed-length byte arrays, as the library writes them and every engine reads them
        spark.conf().set("spark.sql.parquet.writeLegacyFormat", "true");
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        hadoop.set("mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
        hadoop.set("fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
        hadoop.setBoolean("fs.file.impl.disable.cache", true);
    }

    private static String read(SparkSession spark, String location) {
        Objects.requireNonNull(location, "location");
        try {
            if (!location.contains("://")) {
                return Files.readString(Path.of(location));
            }
            URI uri = URI.create(location);
            Configuration hadoop = spark.sparkContext().hadoopConfiguration();
            try (InputStream in = FileSystem.get(uri, hadoop).open(new org.apache.hadoop.fs.Path(uri))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pipeline configuration " + location + ": " + e, e);
        }
    }
}
