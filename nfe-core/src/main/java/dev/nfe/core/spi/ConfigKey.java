package dev.nfe.core.spi;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One declared configuration key: name, {@link ConfigType}, default, constraints, documentation and sensitivity.
 * Built with a static factory per type and refined with {@code with}-style methods, each returning a new key:
 *
 * <pre>{@code
 * ConfigKey.integer("maxAttempts").atLeast(1).withDefault(6).doc("Attempts per request, the first included")
 * }</pre>
 *
 * <p>A default is checked against the key's type and constraints when declared, so a declaration that exists is
 * consistent; an inconsistent declaration is a programming error and throws {@link IllegalArgumentException}.
 * Immutable and thread-safe.
 */
public final class ConfigKey {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    /** What a plugin type name looks like. */
    static final Pattern PLUGIN_TYPE = Pattern.compile("[a-z0-9-]+");
    /** The types bounds apply to. */
    private static final Set<ConfigType> NUMERIC =
            Set.of(ConfigType.INT, ConfigType.LONG, ConfigType.SIZE, ConfigType.DECIMAL);

    private final String name;
    private final ConfigType type;
    private final String doc;
    private final Optional<Object> declaredDefault;
    private final Optional<Object> defaultValue;
    private final Presence presence;
    private final Visibility visibility;
    private final OptionalLong min;
    private final OptionalLong max;
    private final List<String> allowed;
    private final Optional<Pattern> pattern;
    private final Optional<ConfigDef> section;
    private final Sign sign;

    /** Whether a key must be given. */
    private enum Presence { OPTIONAL, REQUIRED }

    /** Whether a key's value may be shown. */
    private enum Visibility { SHOWN, SENSITIVE }

    /** Whether a number or duration must be above zero. */
    private enum Sign { ANY, POSITIVE }

    private ConfigKey(String name, ConfigType type, String doc, Optional<Object> declaredDefault, Presence presence,
            Visibility visibility, OptionalLong min, OptionalLong max, List<String> allowed, Optional<Pattern> pattern,
            Optional<ConfigDef> section, Sign sign) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.doc = Objects.requireNonNull(doc, "doc");
        this.declaredDefault = Objects.requireNonNull(declaredDefault, "declaredDefault");
        this.presence = presence;
        this.visibility = visibility;
        this.min = min;
        this.max = max;
        this.allowed = List.copyOf(allowed);
        this.pattern = pattern;
        this.section = section;
        this.sign = sign;
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Cannot declare key '" + name + "': a name must match " + NAME);
        }
        if (presence == Presence.REQUIRED && declaredDefault.isPresent()) {
            throw new IllegalArgumentException("Cannot declare key " + name + ": a required key has no default");
        }
        this.defaultValue = declaredDefault.map(this::checkedDefault);
    }

    private static ConfigKey of(String name, ConfigType type) {
        return new ConfigKey(name, type, "", Optional.empty(), Presence.OPTIONAL, Visibility.SHOWN,
                OptionalLong.empty(), OptionalLong.empty(), List.of(), Optional.empty(), Optional.empty(), Sign.ANY);
    }

    /** A {@link ConfigType#STRING} key. */
    public static ConfigKey string(String name) {
        return of(name, ConfigType.STRING);
    }

    /** A {@link ConfigType#INT} key. */
    public static ConfigKey integer(String name) {
        return of(name, ConfigType.INT);
    }

    /** A {@link ConfigType#LONG} key. */
    public static ConfigKey longInteger(String name) {
        return of(name, ConfigType.LONG);
    }

    /** A {@link ConfigType#SIZE} key: a number of bytes, optionally with a unit ({@code 20MiB}). */
    public static ConfigKey size(String name) {
        return of(name, ConfigType.SIZE);
    }

    /** A {@link ConfigType#DECIMAL} key. */
    public static ConfigKey decimal(String name) {
        return of(name, ConfigType.DECIMAL);
    }

    /** A {@link ConfigType#BOOLEAN} key. */
    public static ConfigKey bool(String name) {
        return of(name, ConfigType.BOOLEAN);
    }

    /** A {@link ConfigType#DURATION} key. */
    public static ConfigKey duration(String name) {
        return of(name, ConfigType.DURATION);
    }

    /** A {@link ConfigType#URI} key: any absolute URI. */
    public static ConfigKey uri(String name) {
        return of(name, ConfigType.URI);
    }

    /** A {@link ConfigType#URL} key: an absolute {@code http} or {@code https} URL. */
    public static ConfigKey url(String name) {
        return of(name, ConfigType.URL);
    }

    /** A {@link ConfigType#JSON} key: text, or a section the plugin writes out as JSON. */
    public static ConfigKey json(String name) {
        return of(name, ConfigType.JSON);
    }

    /** A {@link ConfigType#PATH} key. */
    public static ConfigKey path(String name) {
        return of(name, ConfigType.PATH);
    }

    /** A {@link ConfigType#LIST} key: a list of strings. */
    public static ConfigKey list(String name) {
        return of(name, ConfigType.LIST);
    }

    /** A {@link ConfigType#ENUM} key whose value must be one of {@code values} (case-sensitive). */
    public static ConfigKey oneOf(String name, String... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("Cannot declare key " + name + ": no allowed values");
        }
        return new ConfigKey(name, ConfigType.ENUM, "", Optional.empty(), Presence.OPTIONAL, Visibility.SHOWN,
                OptionalLong.empty(), OptionalLong.empty(), List.of(values), Optional.empty(), Optional.empty(),
                Sign.ANY);
    }

    /**
     * A {@link ConfigType#SECTION} key holding the keys of {@code def}. An absent section binds to its defaults,
     * unless {@code def} has required keys: then it stays unset, like any optional key without a default.
     */
    public static ConfigKey section(String name, ConfigDef def) {
        Objects.requireNonNull(def, "def");
        return new ConfigKey(name, ConfigType.SECTION, "", Optional.empty(), Presence.OPTIONAL, Visibility.SHOWN,
                OptionalLong.empty(), OptionalLong.empty(), List.of(), Optional.empty(), Optional.of(def),
                Sign.ANY);
    }

    /**
     * A {@link ConfigType#PLUGIN} key: a plugin type name or a section with a {@code type} and the plugin's keys,
     * which the plugin's factory declares. A default is a type name.
     */
    public static ConfigKey plugin(String name) {
        return of(name, ConfigType.PLUGIN);
    }

    /** This key, required: absence is a problem. A required key has no default. */
    public ConfigKey required() {
        return new ConfigKey(name, type, doc, declaredDefault, Presence.REQUIRED, visibility, min, max, allowed,
                pattern, section, sign);
    }

    /**
     * This key with a default, written as in a configuration file ({@code "500ms"}, {@code 6}, {@code "cursor"}).
     *
     * @throws IllegalArgumentException if the default does not satisfy the key's type and constraints
     */
    public ConfigKey withDefault(Object value) {
        return new ConfigKey(name, type, doc, Optional.of(Objects.requireNonNull(value, "value")), presence,
                visibility, min, max, allowed, pattern, section, sign);
    }

    /** This key, sensitive: its value is bound as a {@link Secret} (strings) and never shown. */
    public ConfigKey sensitive() {
        return new ConfigKey(name, type, doc, declaredDefault, presence, Visibility.SENSITIVE, min, max, allowed,
                pattern, section, sign);
    }

    /** This key with its documentation: one or two sentences for the configuration reference. */
    public ConfigKey doc(String text) {
        return new ConfigKey(name, type, text, declaredDefault, presence, visibility, min, max, allowed, pattern,
                section, sign);
    }

    /** This {@code int}, {@code long}, {@code size} or {@code decimal} key with an inclusive lower bound. */
    public ConfigKey atLeast(long bound) {
        requireNumeric("atLeast");
        return new ConfigKey(name, type, doc, declaredDefault, presence, visibility, OptionalLong.of(bound), max,
                allowed, pattern, section, sign);
    }

    /** This {@code int}, {@code long}, {@code size} or {@code decimal} key with an inclusive upper bound. */
    public ConfigKey atMost(long bound) {
        requireNumeric("atMost");
        return new ConfigKey(name, type, doc, declaredDefault, presence, visibility, min, OptionalLong.of(bound),
                allowed, pattern, section, sign);
    }

    /** This string key, whose whole value must match {@code regex}. */
    public ConfigKey matching(String regex) {
        if (type != ConfigType.STRING) {
            throw new IllegalArgumentException("Cannot declare key " + name + ": matching applies to string keys");
        }
        return new ConfigKey(name, type, doc, declaredDefault, presence, visibility, min, max, allowed,
                Optional.of(Pattern.compile(regex)), section, sign);
    }

    /** This {@code int}, {@code long}, {@code size}, {@code decimal} or {@code duration} key, above zero. */
    public ConfigKey positive() {
        if (!NUMERIC.contains(type) && type != ConfigType.DURATION) {
            throw new IllegalArgumentException("Cannot declare key " + name
                    + ": positive applies to int, long, size, decimal and duration keys");
        }
        return new ConfigKey(name, type, doc, declaredDefault, presence, visibility, min, max, allowed, pattern,
                section, Sign.POSITIVE);
    }

    private void requireNumeric(String constraint) {
        if (!NUMERIC.contains(type)) {
            throw new IllegalArgumentException(
                    "Cannot declare key " + name + ": " + constraint + " applies to int, long, size and decimal keys");
        }
    }

    /** The key's name within its section. */
    public String name() {
        return name;
    }

    /** The key's type. */
    public ConfigType type() {
        return type;
    }

    /** The key's documentation, empty when none was given. */
    public String doc() {
        return doc;
    }

    /** Whether absence is a problem. */
    public boolean isRequired() {
        return presence == Presence.REQUIRED;
    }

    /** Whether the value is a secret, never shown. */
    public boolean isSensitive() {
        return visibility == Visibility.SENSITIVE;
    }

    /** The default as declared ({@code "500ms"}), for documentation; empty when the key has none. */
    public Optional<Object> declaredDefault() {
        return declaredDefault;
    }

    /** The default as bound ({@code Duration.ofMillis(500)}); empty when the key has none. */
    public Optional<Object> defaultValue() {
        return defaultValue;
    }

    /** The declaration of a {@link ConfigType#SECTION} key's keys; empty for other types. */
    public Optional<ConfigDef> section() {
        return section;
    }

    /** The type with its constraints, as the configuration reference shows it ({@code int ≥ 1}). */
    public String describe() {
        StringBuilder text = new StringBuilder(sign == Sign.POSITIVE ? "positive " : "").append(type.displayName());
        if (!allowed.isEmpty()) {
            text.setLength(0);
            text.append("one of ").append(String.join(", ", allowed));
        }
        bounds().ifPresent(bounds -> text.append(' ').append(bounds));
        pattern.ifPresent(regex -> text.append(" matching ").append(regex.pattern()));
        return text.toString();
    }

    private Optional<String> bounds() {
        if (min.isPresent() && max.isPresent()) {
            return Optional.of("between " + min.getAsLong() + " and " + max.getAsLong());
        }
        if (min.isPresent()) {
            return Optional.of("≥ " + min.getAsLong());
        }
        if (max.isPresent()) {
            return Optional.of("≤ " + max.getAsLong());
        }
        return Optional.empty();
    }

    /**
     * Checks one raw value against this key's type and constraints: the bound value, or what was expected. Sections
     * are returned as given, for the binder to descend into.
     */
    Checked check(Object raw) {
        Optional<Object> converted = type.convert(raw);
        if (converted.isEmpty()) {
            return new Checked.Bad("must be " + type.expectation());
        }
        Object value = converted.get();
        if (type == ConfigType.STRING && isSensitive() && value instanceof String text) {
            value = Secret.of(text);
        }
        return constraintProblem(value).<Checked>map(Checked.Bad::new).orElse(new Checked.Ok(value));
    }

    private Optional<String> constraintProblem(Object value) {
        if (sign == Sign.POSITIVE && signum(value) <= 0) {
            return Optional.of("must be positive");
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigDecimal) {
            BigDecimal number = value instanceof BigDecimal decimal
                    ? decimal
                    : BigDecimal.valueOf(((Number) value).longValue());
            boolean outside = min.isPresent() && number.compareTo(BigDecimal.valueOf(min.getAsLong())) < 0
                    || max.isPresent() && number.compareTo(BigDecimal.valueOf(max.getAsLong())) > 0;
            return outside ? bounds().map(bounds -> "must be " + bounds) : Optional.empty();
        }
        if (!allowed.isEmpty() && !allowed.contains(value.toString())) {
            return Optional.of("must be one of " + allowed);
        }
        if (pattern.isPresent()) {
            String text = value instanceof Secret secret ? secret.reveal() : value.toString();
            if (!pattern.get().matcher(text).matches()) {
                return Optional.of("must match " + pattern.get().pattern());
            }
        }
        if (type == ConfigType.PLUGIN && value instanceof String typeName && !PLUGIN_TYPE.matcher(typeName).matches()) {
            return Optional.of("must be a plugin type matching " + PLUGIN_TYPE.pattern());
        }
        return Optional.empty();
    }

    /** The sign of a number or duration. */
    private static int signum(Object value) {
        if (value instanceof Duration duration) {
            return duration.isZero() ? 0 : duration.isNegative() ? -1 : 1;
        }
        return value instanceof BigDecimal decimal ? decimal.signum() : Long.signum(((Number) value).longValue());
    }

    private Object checkedDefault(Object raw) {
        if (type == ConfigType.SECTION || type == ConfigType.PLUGIN && !(raw instanceof String)) {
            throw new IllegalArgumentException("Cannot declare key " + name + ": a " + type.displayName()
                    + " default must be " + (type == ConfigType.PLUGIN ? "a type name" : "absent"));
        }
        Checked checked = check(raw);
        if (checked instanceof Checked.Bad bad) {
            throw new IllegalArgumentException(
                    "Cannot declare key " + name + ": default " + raw + " " + bad.expected());
        }
        Object value = ((Checked.Ok) checked).value();
        return type == ConfigType.PLUGIN ? Map.of("type", value) : value;
    }

    @Override
    public String toString() {
        return name + " (" + describe() + ")";
    }

    /** The outcome of checking one raw value. */
    sealed interface Checked permits Checked.Ok, Checked.Bad {

        /** @param value the bound value */
        record Ok(Object value) implements Checked {
            public Ok {
                Objects.requireNonNull(value, "value");
            }
        }

        /** @param expected what the value must be ({@code must be ≥ 1}) */
        record Bad(String expected) implements Checked {
            public Bad {
                Objects.requireNonNull(expected, "expected");
            }
        }
    }
}
