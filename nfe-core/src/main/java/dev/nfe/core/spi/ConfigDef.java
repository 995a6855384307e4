package dev.nfe.core.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The declared keys of one configuration section, each declared once with its type, default, constraints,
 * documentation and sensitivity (like Kafka's {@code ConfigDef}). A factory keeps its declaration in a constant next
 * to its key names and returns it from {@link PluginFactory#configDef()}; {@link ConfigSection#bind(ConfigDef)} checks
 * a section against it, reporting every problem at once, and the configuration reference is generated from it.
 *
 * <p>A declared section rejects keys it does not declare. {@link #undeclared()} is the declaration of a factory that
 * declares nothing: it accepts any key and checks nothing. Immutable and thread-safe.
 */
public final class ConfigDef {
    private static final ConfigDef UNDECLARED = new ConfigDef(List.of(), Declaration.UNDECLARED);

    private final List<ConfigKey> keys;
    private final Declaration declaration;

    /** Whether the keys of a section are declared. */
    private enum Declaration { DECLARED, UNDECLARED }

    private ConfigDef(List<ConfigKey> keys, Declaration declaration) {
        this.keys = List.copyOf(keys);
        this.declaration = declaration;
        Set<String> names = new HashSet<>();
        for (ConfigKey key : this.keys) {
            if (!names.add(key.name())) {
                throw new IllegalArgumentException("Cannot declare key " + key.name() + ": declared twice");
            }
        }
    }

    /**
     * A section declaring exactly {@code keys}, in the order given (the order of the reference and of problems); with
     * no keys, a section that must be empty.
     *
     * @throws IllegalArgumentException if two keys share a name
     */
    public static ConfigDef of(ConfigKey... keys) {
        return new ConfigDef(List.of(keys), Declaration.DECLARED);
    }

    /** The declaration of a section whose keys are not declared: any key is accepted and nothing is checked. */
    public static ConfigDef undeclared() {
        return UNDECLARED;
    }

    /** Whether keys are declared; when not, any key is accepted. */
    public boolean isDeclared() {
        return declaration == Declaration.DECLARED;
    }

    /** The declared keys, in declaration order. */
    public List<ConfigKey> keys() {
        return keys;
    }

    /** The key called {@code name}, if declared. */
    public Optional<ConfigKey> key(String name) {
        return keys.stream().filter(key -> key.name().equals(name)).findFirst();
    }

    /** Dotted paths, relative to this section, of every sensitive key, nested sections included. */
    public Set<String> sensitivePaths() {
        Set<String> paths = new HashSet<>();
        for (ConfigKey key : keys) {
            if (key.isSensitive()) {
                paths.add(key.name());
            }
            key.section().ifPresent(def -> def.sensitivePaths().forEach(path -> paths.add(key.name() + "." + path)));
        }
        return Set.copyOf(paths);
    }

    @Override
    public String toString() {
        return isDeclared() ? "ConfigDef" + keys : "ConfigDef[undeclared]";
    }
}
