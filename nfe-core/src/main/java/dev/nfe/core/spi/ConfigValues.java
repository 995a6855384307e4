package dev.nfe.core.spi;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The typed values of one section, bound by {@link ConfigSection#bind(ConfigDef)}: a factory reads each declared key
 * once with the accessor of its type and builds its own record. Keys with a default always have a value; optional keys
 * without one may be unset ({@link #isSet(String)}).
 *
 * <p>Reading an undeclared key, an unset key or a key through the wrong type's accessor is a programming error and
 * throws {@link IllegalArgumentException} or {@link IllegalStateException}. {@link #toString()} hides sensitive keys
 * and secrets. Immutable and thread-safe.
 */
public final class ConfigValues {
    private final String path;
    private final ConfigDef def;
    private final Map<String, Object> values;

    ConfigValues(String path, ConfigDef def, Map<String, Object> values) {
        this.path = Objects.requireNonNull(path, "path");
        this.def = Objects.requireNonNull(def, "def");
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The section's key path, empty for the root. */
    public String path() {
        return path;
    }

    /** The full key path of {@code key} in this section, for messages. */
    public String keyPath(String key) {
        return ConfigBinder.keyPath(path, key);
    }

    /** Whether declared {@code key} has a value (given or default). */
    public boolean isSet(String key) {
        declared(key);
        return values.containsKey(key);
    }

    /** A {@code string} or {@code enum} key's value; a secret's value is revealed, so never log it. */
    public String string(String key) {
        Object value = get(key, ConfigType.STRING, ConfigType.ENUM);
        return value instanceof Secret secret ? secret.reveal() : (String) value;
    }

    /** A {@code string} key's value as a {@link Secret}, whether or not it is declared sensitive. */
    public Secret secret(String key) {
        Object value = get(key, ConfigType.STRING);
        return value instanceof Secret secret ? secret : Secret.of((String) value);
    }

    /** An {@code int} key's value. */
    public int intValue(String key) {
        return (Integer) get(key, ConfigType.INT);
    }

    /** A {@code long} or {@code int} key's value. */
    public long longValue(String key) {
        return ((Number) get(key, ConfigType.LONG, ConfigType.INT)).longValue();
    }

    /** A {@code size} key's value, in bytes. */
    public long size(String key) {
        return (Long) get(key, ConfigType.SIZE);
    }

    /** A {@code decimal} key's value. */
    public BigDecimal decimal(String key) {
        return (BigDecimal) get(key, ConfigType.DECIMAL);
    }

    /** A {@code boolean} key's value. */
    public boolean booleanValue(String key) {
        return (Boolean) get(key, ConfigType.BOOLEAN);
    }

    /** A {@code duration} key's value. */
    public Duration duration(String key) {
        return (Duration) get(key, ConfigType.DURATION);
    }

    /** A {@code uri} or {@code url} key's value. */
    public URI uri(String key) {
        return (URI) get(key, ConfigType.URI, ConfigType.URL);
    }

    /**
     * A {@code json} key's value: the {@link String} given, or the section given as an unmodifiable
     * {@code Map<String, Object>}, for the plugin to write out as JSON.
     */
    public Object json(String key) {
        return get(key, ConfigType.JSON);
    }

    /** A {@code path} key's value. */
    public Path pathValue(String key) {
        return (Path) get(key, ConfigType.PATH);
    }

    /** A {@code list} key's values, in order. */
    @SuppressWarnings("unchecked") // LIST keys are bound to List<String> only, by ConfigType.LIST
    public List<String> list(String key) {
        return (List<String>) get(key, ConfigType.LIST);
    }

    /** A nested {@code section} key's values. */
    public ConfigValues section(String key) {
        return (ConfigValues) get(key, ConfigType.SECTION);
    }

    /** A {@code plugin} key's section, its {@code type} included, for the plugin's factory. */
    public ConfigSection plugin(String key) {
        return (ConfigSection) get(key, ConfigType.PLUGIN);
    }

    private ConfigKey declared(String key) {
        return def.key(key).orElseThrow(
                () -> new IllegalArgumentException("Cannot read " + keyPath(key) + ": not declared"));
    }

    private Object get(String key, ConfigType... types) {
        ConfigKey declared = declared(key);
        if (!List.of(types).contains(declared.type())) {
            throw new IllegalArgumentException("Cannot read " + keyPath(key) + " as " + types[0].displayName()
                    + ": declared " + declared.type().displayName());
        }
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("Cannot read " + keyPath(key) + ": not set");
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfigValues that && path.equals(that.path) && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, values);
    }

    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "{", "}");
        values.forEach((key, value) -> {
            boolean sensitive = def.key(key).map(ConfigKey::isSensitive).orElse(false);
            text.add(key + "=" + (sensitive ? "[hidden]" : value));
        });
        return text.toString();
    }
}
