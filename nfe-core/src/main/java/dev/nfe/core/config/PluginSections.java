package dev.nfe.core.config;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginFactory;
import dev.nfe.core.spi.Secret;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Binds plugin sections: finds the factory of the section's {@code type} in the registry of its kind, hides the values
 * of the keys the factory calls sensitive, and checks the remaining keys against the factory's declaration.
 */
final class PluginSections {
    private static final String TYPE = "type";

    private final Map<Class<?>, PluginRegistry<?>> registries;

    PluginSections(Map<Class<?>, PluginRegistry<?>> registries) {
        this.registries = Map.copyOf(registries);
    }

    /**
     * The plugin configuration of {@code raw} (a section that has a {@code type}), or empty after appending to
     * {@code problems} why there is none. Problems of the factory's own keys are appended too, but the configuration
     * is still returned, so that callers keep checking.
     */
    <F extends PluginFactory<?>> Optional<PluginConfig> bind(Class<F> kind, ConfigSection raw, List<String> problems) {
        String type = raw.string(TYPE).orElseThrow();
        F factory;
        try {
            factory = registry(kind).factory(raw.keyPath(TYPE), type);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
        Map<String, Object> values = new LinkedHashMap<>(raw.values());
        values.remove(TYPE);
        Set<String> sensitive = new HashSet<>(factory.sensitiveKeys());
        sensitive.addAll(factory.configDef().sensitivePaths());
        ConfigSection section = new ConfigSection(raw.path(), hidden(values, sensitive));
        section.bind(factory.configDef(), problems);
        return Optional.of(new PluginConfig(type, section));
    }

    /** The factory that {@code config} names; it exists, because {@code config} was bound. */
    <F extends PluginFactory<?>> F factory(Class<F> kind, PluginConfig config) {
        return registry(kind).factory(config.section().keyPath(TYPE), config.type());
    }

    @SuppressWarnings("unchecked") // registries are stored under their own kind by PipelineConfigLoader.Builder
    private <F extends PluginFactory<?>> PluginRegistry<F> registry(Class<F> kind) {
        return (PluginRegistry<F>) Objects.requireNonNull(registries.get(kind), kind.getSimpleName());
    }

    /** {@code values} with the scalar at each dotted path in {@code paths} replaced by a {@link Secret}. */
    private static Map<String, Object> hidden(Map<String, ?> values, Set<String> paths) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        for (String path : paths) {
            int dot = path.indexOf('.');
            String head = dot < 0 ? path : path.substring(0, dot);
            Object value = copy.get(head);
            if (dot < 0 && isPlainScalar(value)) {
                copy.put(head, Secret.of(value.toString()));
            } else if (dot >= 0 && value instanceof Map<?, ?> nested) {
                Map<String, Object> keyed = new LinkedHashMap<>();
                nested.forEach((key, child) -> keyed.put(key.toString(), child));
                copy.put(head, hidden(keyed, Set.of(path.substring(dot + 1))));
            }
        }
        return Collections.unmodifiableMap(copy);
    }

    private static boolean isPlainScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}
