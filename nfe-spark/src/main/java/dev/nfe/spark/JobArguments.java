package dev.nfe.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The job's arguments, as {@code spark-submit} or AWS Glue pass them: {@code --config <uri>} (required),
 * {@code --pipeline <name>} (checked against the configuration's), {@code --batch-ids <id,id,…>} (only these bronze
 * batches) and {@code --master <url>} (when no master is set, as for a plain {@code java} run). Every other
 * {@code --key value} pair is the host's (Glue adds {@code --JOB_NAME}, {@code --JOB_RUN_ID}, {@code --TempDir}…)
 * and is ignored.
 *
 * @param config where the pipeline configuration is: a local path or a URI of a Hadoop file system
 *     ({@code s3://bucket/pipelines/nfe-sales.yaml})
 * @param pipeline the pipeline name the caller expects, if given
 * @param batchIds the bronze batches to transform; empty for every pending one
 * @param master the Spark master to start, if given
 */
record JobArguments(String config, Optional<String> pipeline, List<String> batchIds, Optional<String> master) {

    JobArguments {
        Objects.requireNonNull(config, "config");
        batchIds = List.copyOf(batchIds);
    }

    /**
     * Reads {@code args}.
     *
     * @throws IllegalArgumentException naming the argument, if one lacks its value or {@code --config} is missing
     */
    static JobArguments parse(String... args) {
        String config = null;
        Optional<String> pipeline = Optional.empty();
        List<String> batchIds = List.of();
        Optional<String> master = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + name + ": arguments are --name value");
            }
            String value;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Argument " + name + " has no value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--config" -> config = value;
                case "--pipeline" -> pipeline = Optional.of(value);
                case "--batch-ids" -> batchIds = Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(id -> !id.isEmpty())
                        .toList();
                case "--master" -> master = Optional.of(value);
                default -> {
                    // the host's own argument
                }
            }
        }
        if (config == null || config.isBlank()) {
            throw new IllegalArgumentException("Argument --config is required: the pipeline configuration's path or"
                    + " URI");
        }
        return new JobArguments(config, pipeline, batchIds, master);
    }
}
