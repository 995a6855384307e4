package dev.nfe.core.silver;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.PluginContext;

/**
 * Builds the {@code parquet} layer writer; its keys are declared in {@link #configDef()}. Keys (all optional): {@code maxRowsPerFile} (default 1000000),
 * {@code maxBytesPerFile} (bytes, default 134217728 = 128 MiB), {@code rowGroupSize} (bytes, default 64 MiB or
 * {@code maxBytesPerFile} if smaller), {@code compression} ({@code zstd} (default), {@code snappy},
 * {@code uncompressed}).
 */
public final class ParquetLayerWriterFactory implements LayerWriterFactory {

    @Override
    public String type() {
        return "parquet";
    }

    @Override
    public ConfigDef configDef() {
        return ParquetWriterOptions.DEFINITION;
    }

    @Override
    public LayerWriter create(ConfigSection config, PluginContext context) {
        return new ParquetLayerWriter(ParquetWriterOptions.from(config));
    }
}
