package dev.nfe.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.nfe.core.config.PipelineConfig;
import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.spi.ConfigException;
import java.io.IOException;
import java.util.Objects;

/**
 * The part of a pipeline configuration the Spark job runs: the whole file the CLI and the Lambdas use, without its
 * {@code extract} and {@code load} sections (the job only transforms, and the cluster need not carry their plugins or
 * resolve their secrets). The same text, as JSON, is what every executor builds its pipeline from.
 *
 * @param json the configuration without {@code extract} and {@code load}, as JSON
 * @param config that configuration, bound
 */
record JobConfig(String json, PipelineConfig config) {
    /** The writer whose layout the job writes. */
    static final String PARQUET = "parquet";

    JobConfig {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(config, "config");
    }

    /**
     * The transform part of {@code text}, a YAML (or JSON) pipeline configuration read from {@code source}.
     *
     * @throws ConfigException naming the key, if the configuration is invalid or its writer is not one the job
     *     writes
     */
    static JobConfig parse(String text, String source) {
        ObjectNode tree;
        try {
            if (!(new ObjectMapper(new YAMLFactory()).readTree(text) instanceof ObjectNode node)) {
                throw new ConfigException(source + ": a pipeline configuration is a mapping of keys");
            }
            tree = node;
        } catch (IOException e) {
            throw new ConfigException(source + ": cannot parse the configuration: " + e.getMessage(), e);
        }
        tree.remove("extract");
        tree.remove("load");
        String json = tree.toString();
        PipelineConfig config = PipelineConfigLoader.create().parse(json, PipelineConfigLoader.Format.JSON);
        String writer = config.transform().writer().type();
        if (!writer.equals(PARQUET)) {
            throw new ConfigException("transform.writer.type: the Spark job writes the parquet layout (files and"
                    + " manifests); was " + writer + ", which it does not write: transform such a lake with the"
                    + " library's transform");
        }
        return new JobConfig(json, config);
    }
}
