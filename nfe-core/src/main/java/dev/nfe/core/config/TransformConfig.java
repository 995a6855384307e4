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
 */
public record TransformConfig(PluginConfig deserializer, PluginConfig writer, PluginConfig catalog, int threads) {
    static final String DESERIALIZER = "deserializer";
    static final String WRITER = "writer";
    static final String CATALOG = "catalog";
    static final String THREADS = "threads";

    static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.plugin(DESERIALIZER).required()
                    .doc("Turns raw documents into NF-e records and findings: nfe-xml, nfe-json."),
            ConfigKey.plugin(WRITER).withDefault("parquet")
                    .doc("Commits each silver batch atomically, as plain files with a manifest or as table snapshots: parquet, iceberg."),
            ConfigKey.plugin(CATALOG).withDefault("none")
                    .doc("Registers silver tables and partitions for query engines (none with iceberg, whose catalog does): none, glue."),
            ConfigKey.integer(THREADS).atLeast(1).atMost(ThreadCount.MAX)
                    .doc("Threads that read, deserialize and map documents ahead of the writer; the silver files are the"
                            + " same for any value. The machine's processor count when absent."));

    public TransformConfig {
        Objects.requireNonNull(deserializer, "deserializer");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(catalog, "catalog");
        if (!ThreadCount.isValid(threads)) {
            throw new IllegalArgumentException("Cannot transform on " + threads + " threads: need 1 to "
                    + ThreadCount.MAX);
        }
    }
}
