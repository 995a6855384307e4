package dev.nfe.core.storage;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StorageFactory;

/**
 * Builds the {@code local} storage from {@code { type: local, root: ./lake }}; its keys are declared in
 * {@link #configDef()}: {@code root} (required) is the directory holding the lake, relative to the working directory
 * unless absolute.
 */
public final class LocalStorageFactory implements StorageFactory {
    /** Key of the root directory. */
    public static final String ROOT = "root";

    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.path(ROOT).required()
                    .doc("The directory holding the lake, relative to the working directory unless absolute."));

    @Override
    public String type() {
        return "local";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public Storage create(ConfigSection config, PluginContext context) {
        return new LocalStorage(config.bind(DEFINITION).pathValue(ROOT));
    }
}
