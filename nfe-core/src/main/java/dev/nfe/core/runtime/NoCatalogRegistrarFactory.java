package dev.nfe.core.runtime;

import dev.nfe.core.spi.CatalogRegistrar;
import dev.nfe.core.spi.CatalogRegistrarFactory;
import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;

/**
 * Builds the {@code none} catalog registrar, the default: it registers nothing, for lakes read straight from storage
 * (DuckDB, Spark, the {@code ManifestLayerReader}). It takes no keys.
 */
public final class NoCatalogRegistrarFactory implements CatalogRegistrarFactory {
    private static final ConfigDef DEFINITION = ConfigDef.of();

    /** The registrar that registers nothing. */
    static final CatalogRegistrar NONE = (batch, tables) -> { };

    @Override
    public String type() {
        return "none";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public CatalogRegistrar create(ConfigSection config, PluginContext context) {
        config.bind(DEFINITION);
        return NONE;
    }
}
