package dev.nfe.core.config;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.PluginFactory;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The factories of one plugin kind found on the class path, by {@code type} name. Built once with
 * {@link #load(Class, ClassLoader)}; two factories claiming the same type fail at start-up, naming both classes.
 *
 * @param <F> the factory interface ({@code StorageFactory}, {@code DeserializerFactory} …)
 */
public final class PluginRegistry<F extends PluginFactory<?>> {
    private static final Logger log = LoggerFactory.getLogger(PluginRegistry.class);

    private final Class<F> kind;
    private final Map<String, F> factories;

    private PluginRegistry(Class<F> kind, Map<String, F> factories) {
        this.kind = kind;
        this.factories = Collections.unmodifiableMap(factories);
    }

    /** Discovers the factories of {@code kind} registered in {@code META-INF/services} of {@code classLoader}. */
    public static <F extends PluginFactory<?>> PluginRegistry<F> load(Class<F> kind, ClassLoader classLoader) {
        Objects.requireNonNull(kind, "kind");
        return of(kind, ServiceLoader.load(kind, classLoader));
    }

    /**
     * A registry of exactly {@code factories}, for embedding and tests that choose their plugins without
     * {@code META-INF/services}.
     */
    public static <F extends PluginFactory<?>> PluginRegistry<F> of(Class<F> kind, Iterable<? extends F> factories) {
        Objects.requireNonNull(kind, "kind");
        Map<String, F> byType = new TreeMap<>();
        for (F factory : factories) {
            F previous = byType.putIfAbsent(factory.type(), factory);
            if (previous != null) {
                throw new ConfigException("Cannot register " + kind.getSimpleName() + " type '" + factory.type()
                        + "': both " + previous.getClass().getName() + " and " + factory.getClass().getName()
                        + " claim it");
            }
            log.debug("Registered {} type {} ({})", kind.getSimpleName(), factory.type(), factory.getClass().getName());
        }
        return new PluginRegistry<>(kind, byType);
    }

    /** Discovers the factories of {@code kind} visible to this library's class loader. */
    public static <F extends PluginFactory<?>> PluginRegistry<F> load(Class<F> kind) {
        return load(kind, PluginRegistry.class.getClassLoader());
    }

    /**
     * The factory for {@code type}.
     *
     * @param keyPath the configuration key that named the type, for the error message
     * @throws ConfigException naming the key, the unknown type and the known ones
     */
    public F factory(String keyPath, String type) {
        F factory = factories.get(type);
        if (factory == null) {
            String kindName = kind.getSimpleName().replace("Factory", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(Locale.ROOT);
            if (factories.isEmpty()) {
                // typical for load: jdbc without nfe-redshift, so say what is missing rather than list nothing
                throw new ConfigException(keyPath + ": unknown " + kindName + " type '" + type + "', no " + kindName
                        + " plugin is on the class path; add the module that provides it");
            }
            throw new ConfigException(keyPath + ": unknown " + kindName + " type '" + type + "', expected one of "
                    + factories.keySet());
        }
        return factory;
    }

    /** The factory interface this registry holds. */
    public Class<F> kind() {
        return kind;
    }

    /** The registered type names, sorted. */
    public Set<String> types() {
        return factories.keySet();
    }
}
