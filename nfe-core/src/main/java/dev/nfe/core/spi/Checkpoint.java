package dev.nfe.core.spi;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Restart state of a stage: string values under keys namespaced by component ({@code http.cursor},
 * {@code http.page}). Stored atomically under {@code _state/} by the runtime; components only read and return it.
 *
 * @param values the state, sorted by key
 */
public record Checkpoint(Map<String, String> values) {
    public Checkpoint {
        values = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(values, "values")));
    }

    /** The checkpoint of a stage that never ran. */
    public static Checkpoint empty() {
        return new Checkpoint(Map.of());
    }

    /** A copy of this checkpoint with {@code key} set to {@code value}. */
    public Checkpoint with(String key, String value) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new Checkpoint(copy);
    }

    /** The value under {@code key}, if any. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }
}
