package dev.nfe.core.spi;

import java.util.Set;

/**
 * Builds one kind of plugin from its configuration section. Factories are registered in {@code META-INF/services}
 * under their kind's interface ({@link StorageFactory}, {@link DeserializerFactory} …) and found by {@link #type()}.
 *
 * @param <T> the plugin interface
 */
public interface PluginFactory<T> {

    /** The short lowercase name configurations use ({@code local}, {@code nfe-xml}, {@code parquet}). */
    String type();

    /**
     * Builds a fully configured, immutable plugin.
     *
     * @throws ConfigException naming every bad key of {@code config}
     */
    T create(ConfigSection config, PluginContext context);

    /** Keys of this factory's section whose values are secrets, masked wherever configuration is shown. */
    default Set<String> sensitiveKeys() {
        return Set.of();
    }
}
