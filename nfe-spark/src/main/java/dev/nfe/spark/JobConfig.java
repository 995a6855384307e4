package dev.nfe.spark;

import dev.nfe.core.config.PipelineConfig;
import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.spi.ConfigException;
import java.util.Objects;
import java.util.Set;

/**
 * The part of a pipeline configuration the Spark job runs: the whole file the CLI and the Lambdas use, read
 * {@linkplain PipelineConfigLoader.Builder#transformOnly() for the transform only} (the cluster need not carry the
 * plugins of {@code extract} and {@code load} nor resolve their secrets). Every executor builds its pipeline from the
 * same text, read the same way.
 *
 * @param text the configuration's text, YAML or JSON
 * @param source where it was read, for messages
 * @param config that configuration, bound
 */
record JobConfig(String text, String source, PipelineConfig config) {
    /** The writers whose layouts the job writes: plain files with manifests, and Iceberg tables. */
    static final Set<String> WRITERS = Set.of("parquet", "iceberg");
    private static final String ICEBERG = "iceberg";

    JobConfig {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(config, "config");
    }

    /**
     * The transform part of {@code text}, a YAML (or JSON) pipeline configuration read from {@code source}.
     *
     * @throws ConfigException naming the key, if the configuration is invalid or its writer is not one the job
     *     writes
     */
    static JobConfig parse(String text, String source) {
        PipelineConfig config = bind(text, source);
        String writer = config.transform().writer().type();
        if (!WRITERS.contains(writer)) {
            throw new ConfigException("transform.writer.type: the Spark job writes the parquet layout (files and"
                    + " manifests) and iceberg tables; was " + writer + ", which it does not write: transform such a"
                    + " lake with the library's transform");
        }
        return new JobConfig(text, source, config);
    }

    /** Whether silver is a set of Iceberg tables, which the job appends to through Spark's Iceberg catalog. */
    boolean writesIcebergTables() {
        return ICEBERG.equals(config.transform().writer().type());
    }

    /**
     * Checks that {@code loader} finds Iceberg's Spark runtime when silver is a set of Iceberg tables; the cluster
     * provides it, the job jar does not carry it.
     *
     * @throws ConfigException naming {@code transform.writer.type}, if it does not
     */
    void requireIcebergRuntime(ClassLoader loader) {
        if (!writesIcebergTables()) {
            return;
        }
        try {
            Class.forName(IcebergAppends.SPARK_CATALOG, false, loader);
        } catch (ClassNotFoundException e) {
            throw new ConfigException("transform.writer.type: iceberg tables are appended through Spark's Iceberg"
                    + " catalog, but " + IcebergAppends.SPARK_CATALOG + " is not on the cluster's classpath: add"
                    + " Iceberg's Spark runtime (iceberg-spark-runtime-3.5_2.12; on AWS Glue, --datalake-formats"
                    + " iceberg)");
        }
    }

    /** {@code text}, read from {@code source}, bound for the transform only; JSON is YAML too. */
    static PipelineConfig bind(String text, String source) {
        return PipelineConfigLoader.builder().transformOnly().build()
                .parse(text, PipelineConfigLoader.Format.YAML, source);
    }
}
