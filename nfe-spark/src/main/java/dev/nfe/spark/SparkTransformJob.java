package dev.nfe.spark;

import dev.nfe.core.spi.RunSummary;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The main class of the job jar: {@link SparkTransform} over the arguments {@link JobArguments} describes, in the
 * Spark session of the host ({@code spark-submit}, AWS Glue, EMR) or, with {@code --master}, one it starts.
 *
 * <pre>{@code
 * spark-submit --class dev.nfe.spark.SparkTransformJob nfe-spark-job.jar --config s3://artifacts/nfe-sales.yaml
 * }</pre>
 *
 * <p>Unless the host sets {@code spark.redaction.regex}, the session redacts the catalog {@code credential} too in
 * what Spark shows and logs of its settings.
 *
 * <p>A run that ends with work left (another run held the stage's lease the whole wait) or fails throws, so the host
 * (Glue, Airflow) marks it failed and retries; a rerun continues safely.
 */
public final class SparkTransformJob {
    private static final String REDACTION = "spark.redaction.regex";
    /**
     * Spark's default redaction, plus the {@code credential} of a REST catalog, which the Iceberg catalog the job
     * registers holds in the session's settings.
     */
    private static final String REDACTED_KEYS = "(?i)secret|password|token|access[.]key|credential";

    private SparkTransformJob() {
    }

    /** Runs the job with the arguments {@link JobArguments} describes, in the Spark session of the host. */
    public static void main(String[] args) {
        JobArguments arguments = JobArguments.parse(args);
        SparkSession.Builder builder = SparkSession.builder().appName("nfe-transform");
        if (!new SparkConf().contains(REDACTION)) {
            builder.config(REDACTION, REDACTED_KEYS);
        }
        arguments.master().ifPresent(builder::master);
        SparkSession spark = builder.getOrCreate();
        try {
            RunSummary summary = SparkTransform.run(spark, arguments.config(), arguments.pipeline(),
                    arguments.batchIds());
            if (summary.isPartial()) {
                throw new IllegalStateException("The transform of pipeline " + summary.pipeline() + " did not finish: "
                        + summary.heldBy().map(holder -> "run " + holder + " held the stage's lease")
                                .orElse("it stopped with work left") + "; run the job again");
            }
        } finally {
            spark.stop();
        }
    }
}
