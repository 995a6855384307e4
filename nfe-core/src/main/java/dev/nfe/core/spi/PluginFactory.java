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

    /**
     * The keys this factory's section declares (its {@code type} excluded), checked at start-up together with the
     * rest of the configuration: unknown keys, missing required keys and bad values are reported with every other
     * problem, before any plugin is built, and the configuration reference documents them. Keys declared sensitive
     * are masked like {@link #sensitiveKeys()}. The default, {@link ConfigDef#undeclared()}, accepts any key and
     * leaves all checks to {@link #create}.
     */
    default ConfigDef configDef() {
        return ConfigDef.undeclared();
    }
}
