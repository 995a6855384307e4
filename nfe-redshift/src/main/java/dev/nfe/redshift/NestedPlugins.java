package dev.nfe.redshift;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.PluginFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The problems of a nested plugin section against its factory's declaration, without building it: an unknown
     * type, unknown or missing keys, bad values.
     */
    static <F extends PluginFactory<?>> List<String> problems(Class<F> kind, ConfigSection section) {
        Optional<String> type = section.string("type");
        if (type.isEmpty()) {
            return List.of(section.keyPath("type") + ": required key is missing");
        }
        TreeSet<String> known = new TreeSet<>();
        for (F factory : ServiceLoader.load(kind, NestedPlugins.class.getClassLoader())) {
            if (factory.type().equals(type.get())) {
                if (!factory.configDef().isDeclared()) {
                    return List.of();
                }
                Map<String, Object> values = new LinkedHashMap<>(section.values());
                values.remove("type");
                List<String> problems = new ArrayList<>();
                new ConfigSection(section.path(), values).bind(factory.configDef(), problems);
                return problems;
            }
            known.add(factory.type());
        }
        return List.of(section.keyPath("type") + ": must be one of " + known + ", was '" + type.get() + "'");
    }
}
