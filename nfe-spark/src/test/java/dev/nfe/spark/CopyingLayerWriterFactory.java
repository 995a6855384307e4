package dev.nfe.spark;

import dev.nfe.core.silver.ParquetLayerWriterFactory;
import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.PluginContext;

/** A third-party writer the job does not know ({@code copying}): the parquet writer under another type. */
public final class CopyingLayerWriterFactory implements LayerWriterFactory {
    private final ParquetLayerWriterFactory parquet = new ParquetLayerWriterFactory();

    @Override
    public String type() {
        return "copying";
    }

    @Override
    public ConfigDef configDef() {
        return parquet.configDef();
    }

    @Override
    public LayerWriter create(ConfigSection config, PluginContext context) {
        return parquet.create(config, context);
    }
}
