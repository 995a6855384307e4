package dev.nfe.core.config;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.SecretProvider;
import dev.nfe.core.spi.SecretProviderFactory;

/**
 * Builds the {@code file} secrets provider: secrets from a directory of files (one per secret, named after it) or
 * from one JSON object or properties file of names to values.
 */
public final class FileSecretProviderFactory implements SecretProviderFactory {
    static final String PATH = "path";

    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.path(PATH).required()
                    .doc("A directory with one file per secret (trailing line break dropped), or a .json file "
                            + "holding an object of names to strings, or a .properties file."));

    @Override
    public String type() {
        return "file";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public SecretProvider create(ConfigSection config, PluginContext context) {
        return new FileSecretProvider(config.keyPath(PATH), config.bind(DEFINITION).pathValue(PATH));
    }
}
