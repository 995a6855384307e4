package dev.nfe.core.config;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigKey;
import java.util.Objects;

/**
 * The {@code transform} section: how bronze documents become silver tables.
 *
 * @param deserializer turns raw documents into NF-e records and findings ({@code nfe-xml}, {@code nfe-json})
 * @param writer writes silver tables ({@code parquet})
 * @param catalog registers silver tables for query engines ({@code none}, {@code glue})
 * @param threads how many threads read, deserialize and map documents, ahead of the writer
 * @param batching how bronze batches are gathered into silver batches
 */
public record TransformConfig(PluginConfig deserializer, PluginConfig writer, PluginConfig catalog, int threads,
        SilverBatching batching) {
    static final String DESERIALIZER = "deserializer";
    static final String WRITER = "writer";
    static final String CATALOG = "catalog";
    static final String THREADS = "threads";
    static final String BATCH_BYTES = "batchBytes";
    static final String WAIT_FOR_FULL_BATCH = "waitForFullBatch";

    static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.plugin(DESERIALIZER).required()
                    .doc("Turns raw documents into NF-e records and findings: nfe-xml, nfe-json."),
            ConfigKey.plugin(WRITER).withDefault("parquet")
                    .doc("Commits each silver batch atomically, as plain files with a manifest or as table snapshots: parquet, iceberg."),
            ConfigKey.plugin(CATALOG).withDefault("none")
                    .doc("Registers silver tables and partitions for query engines (none with iceberg, whose catalog does): none, glue."),
            ConfigKey.integer(THREADS).atLeast(1).atMost(ThreadCount.MAX)
                    .doc("Threads that read, deserialize and map documents ahead of the writer; the silver files are the"
                            + " same for any value. The machine's processor count when absent."),
            ConfigKey.size(BATCH_BYTES).atLeast(1).withDefault(SilverBatching.DEFAULT_TARGET_BYTES)
                    .doc("Bronze bytes one silver batch gathers at most: consecutive pending bronze batches of one"
                            + " ingest date are transformed together up to this size (a larger bronze batch goes"
                            + " alone), so many small extract pages do not become many small files."),
            ConfigKey.bool(WAIT_FOR_FULL_BATCH).withDefault(false)
                    .doc("When true, the pending bronze batches of the current ingest day (UTC) that fall short of"
                            + " batchBytes wait for more, until they reach it or the day is over: about one silver"
                            + " batch per batchBytes of a day, at the cost of that latency. A run asked for named"
                            + " batches never waits."));

    public TransformConfig {
        Objects.requireNonNull(deserializer, "deserializer");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(batching, "batching");
        if (!ThreadCount.isValid(threads)) {
            throw new IllegalArgumentException("Cannot transform on " + threads + " threads: need 1 to "
                    + ThreadCount.MAX);
        }
    }
}
