package dev.nfe.redshift;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.PluginFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Builds the plugins nested in the loader's section ({@code storage}, {@code gold.writer}) the way the runtime builds
 * top-level ones: the factory registered for the section's {@code type}, given the section without its type.
 */
final class NestedPlugins {

    private NestedPlugins() {
    }

    static <T, F extends PluginFactory<T>> T create(Class<F> kind, ConfigSection section, PluginContext context) {
        String type = section.string("type").orElseThrow(
                () -> new ConfigException(section.keyPath("type") + ": required key is missing"));
        TreeSet<String> known = new TreeSet<>();
        for (F factory : ServiceLoader.load(kind, NestedPlugins.class.getClassLoader())) {
            if (factory.type().equals(type)) {
                Map<String, Object> values = new LinkedHashMap<>(section.values());
                values.remove("type");
                return factory.create(new ConfigSection(section.path(), values), context);
            }
            known.add(factory.type());
        }
        throw new ConfigException(section.keyPath("type") + ": must be one of " + known + ", was '" + type + "'");
    }
}
