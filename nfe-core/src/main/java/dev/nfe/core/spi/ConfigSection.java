package dev.nfe.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One section of a pipeline configuration, as a factory receives it: its key path ({@code transform.writer}) and its
 * raw values. Factories bind it once into their own record; the accessors name the full key path in every error.
 *
 * <p>A factory that declares its keys ({@link PluginFactory#configDef()}) binds the section with
 * {@link #bind(ConfigDef)}, which reports every problem at once. Values resolved from {@code ${secret:…}}
 * placeholders and values of sensitive keys arrive as {@link Secret}s, so {@link #toString()} never shows them.
 *
 * @param path the section's key path, empty for the root
 * @param values the section's values as parsed from YAML/JSON (strings, numbers, booleans, lists, maps, and
 *     {@link Secret}s), kept sorted by key
 */
public record ConfigSection(String path, Map<String, Object> values) {
    public ConfigSection {
        Objects.requireNonNull(path, "path");
        values = Collections.unmodifiableMap(new TreeMap<>(Map.copyOf(values)));
    }

    /** An empty section at {@code path}. */
    public static ConfigSection empty(String path) {
        return new ConfigSection(path, Map.of());
    }

    /** The full key path of {@code key} in this section. */
    public String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value of {@code key} as a string, if present; a {@link Secret}'s value is revealed, so never log it. */
    public Optional<String> string(String key) {
        return Optional.ofNullable(values.get(key))
                .map(value -> value instanceof Secret secret ? secret.reveal() : value.toString());
    }

    /** The value of {@code key} as a {@link Secret}, if present, whether or not it came from a secret. */
    public Optional<Secret> secret(String key) {
        return Optional.ofNullable(values.get(key))
                .map(value -> value instanceof Secret secret ? secret : Secret.of(value.toString()));
    }

    /**
     * Binds this section to {@code def}: checks every key (unknown keys, missing required keys, types, bounds,
     * allowed values) and returns the typed values.
     *
     * @throws ConfigException listing every problem, one per line, each {@code <key.path>: <expected>, was <value>}
     */
    public ConfigValues bind(ConfigDef def) {
        List<String> problems = new ArrayList<>();
        ConfigValues bound = bind(def, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return bound;
    }

    /**
     * Binds this section to {@code def} like {@link #bind(ConfigDef)}, but appends each problem to {@code problems}
     * instead of throwing, so that a caller can check several sections and report all their problems together. Keys
     * with a problem stay unset in the result.
     */
    public ConfigValues bind(ConfigDef def, List<String> problems) {
        Objects.requireNonNull(def, "def");
        Objects.requireNonNull(problems, "problems");
        return new ConfigBinder(problems).bind(path, values, def);
    }

    /**
     * The value of {@code key} as a long, or {@code defaultValue} when absent.
     *
     * @throws ConfigException if the value is not an integer or is below {@code min}
     */
    public long longValue(String key, long defaultValue, long min) {
        Object raw = values.get(key);
        if (raw == null) {
            return defaultValue;
        }
        long value;
        try {
            value = raw instanceof Number number && !(raw instanceof Double || raw instanceof Float)
                    ? number.longValue()
                    : Long.parseLong(raw.toString().trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(keyPath(key) + ": must be an integer, was " + raw);
        }
        if (value < min) {
            throw new ConfigException(keyPath(key) + ": must be ≥ " + min + ", was " + value);
        }
        return value;
    }
}
