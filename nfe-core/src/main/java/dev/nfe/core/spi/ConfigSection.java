package dev.nfe.core.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One section of a pipeline configuration, as a factory receives it: its key path ({@code transform.writer}) and its
 * raw values. Factories bind it once into their own record; the accessors name the full key path in every error.
 *
 * @param path the section's key path, empty for the root
 * @param values the section's values as parsed from YAML/JSON (strings, numbers, booleans, lists, maps)
 */
public record ConfigSection(String path, Map<String, Object> values) {
    public ConfigSection {
        Objects.requireNonNull(path, "path");
        values = Map.copyOf(values);
    }

    /** An empty section at {@code path}. */
    public static ConfigSection empty(String path) {
        return new ConfigSection(path, Map.of());
    }

    /** The full key path of {@code key} in this section. */
    public String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value of {@code key} as a string, if present. */
    public Optional<String> string(String key) {
        return Optional.ofNullable(values.get(key)).map(Object::toString);
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
