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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transform stage of a pipeline on a Spark session: the same stage the CLI and the Lambdas run (its lease, its
 * choice of bronze batches per silver batch, its ledger, quarantine and catalog), with each silver batch's documents
 * mapped by the session's executors with nfe-core's mapper and written by Spark into the same tables, committed with
 * the lake's own manifests. The library's transform and this one can share a lake: a batch either transformed is
 * never transformed again. The configuration's writer is {@code parquet} (files and manifests) or {@code iceberg}
 * (the same Iceberg tables in the same catalog, appended to through Spark's Iceberg catalog, which the cluster
 * provides: {@code iceberg-spark-runtime-3.5}).
 *
 * <p>It runs in a new session of the caller's Spark context ({@link SparkSession#newSession()}), so that what its
 * writes rely on stays out of the caller's session: {@code java.time} values for dates and instants, the UTC
 * session time zone, microsecond timestamps and fixed-length decimals in Parquet, and the Iceberg catalog it
 * registers under the catalog's name. The context itself is left as it was.
 *
 * <pre>{@code
 * RunSummary summary = SparkTransform.run(spark, "s3://artifacts/pipelines/nfe-sales.yaml");
 * }</pre>
 */
public final class SparkTransform {
    private static final Logger log = LoggerFactory.getLogger(SparkTransform.class);

    private SparkTransform() {
    }

    /**
     * Runs the transform of every pending bronze batch of the pipeline configured at {@code configLocation} on
     * {@code spark}.
     *
     * @param configLocation a local path or a URI of a Hadoop file system ({@code s3://…}) of the pipeline's YAML
     * @throws ConfigException naming the key, if the configuration is invalid
     */
    public static RunSummary run(SparkSession spark, String configLocation) {
        return run(spark, configLocation, Optional.empty(), List.of());
    }

    /**
     * Like {@link #run(SparkSession, String)}, for the bronze batches {@code batchIds} only (all pending when empty),
     * checking that the configuration is of pipeline {@code pipeline} when given.
     *
     * @throws ConfigException naming the key, if the configuration is invalid or of another pipeline
     */
    public static RunSummary run(SparkSession spark, String configLocation, Optional<String> pipeline,
            List<String> batchIds) {
        JobConfig config = JobConfig.parse(read(spark, configLocation), configLocation);
        pipeline.filter(name -> !name.equals(config.config().name())).ifPresent(name -> {
            throw new ConfigException("pipeline: the job was started for pipeline " + name + " but "
                    + configLocation + " configures " + config.config().name());
        });
        return run(spark, config, batchIds, SparkJobOptions.DEFAULTS);
    }

    static RunSummary run(SparkSession spark, JobConfig config, List<String> batchIds, SparkJobOptions options) {
        config.requireIcebergRuntime(Thread.currentThread().getContextClassLoader());
        SparkSession session = spark.newSession();
        prepare(session);
        Pipeline pipeline = Pipeline.builder()
                .config(config.config())
                .transformEngine(new SparkTransformEngine(session, config, options))
                .build();
        StageRequest request = pipeline.request(Stage.TRANSFORM).withBatchIds(batchIds);
        RunSummary summary = pipeline.run(request);
        log.info("Transform of pipeline {} on Spark: seen={} written={} quarantined={} warnings={} batches={}",
                summary.pipeline(), summary.seen(), summary.written(), summary.quarantined(), summary.warnings(),
                summary.batchIds());
        return summary;
    }

    /**
     * Settings the job's writes rely on, in its own session: instants and dates as {@code java.time} values, the
     * library's physical Parquet types.
     */
    private static void prepare(SparkSession session) {
        session.conf().set("spark.sql.datetime.java8API.enabled", "true");
        session.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        // decimals as fixed-length byte arrays, as the library writes them and every engine reads them
        session.conf().set("spark.sql.parquet.writeLegacyFormat", "true");
        session.conf().set("spark.sql.session.timeZone", "UTC");
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
