package dev.nfe.core.extract;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.SecretProvider;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a {@link ConfigSection} and collects every problem, each with its full key path, so
 * that one {@link ConfigException} reports them all. The extractors' binding goes through this class only, so it
 * can be replaced by the declared-key binding of the config package without touching the extractors.
 */
final class SectionReader {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
    private static final Pattern BYTE_SIZE = Pattern.compile("(\\d+)\\s*(B|KiB|MiB|GiB)?");
    private static final Pattern SECRET_PLACEHOLDER = Pattern.compile("\\$\\{secret:([^}]+)}");

    private final ConfigSection section;
    private final List<String> problems;

    SectionReader(ConfigSection section) {
        this(section, new ArrayList<>());
    }

    private SectionReader(ConfigSection section, List<String> problems) {
        this.section = section;
        this.problems = problems;
    }

    /** The full key path of {@code key}. */
    String keyPath(String key) {
        return section.keyPath(key);
    }

    boolean has(String key) {
        return section.values().containsKey(key);
    }

    /** Records a problem with {@code key}. */
    void problem(String key, String message) {
        problems.add(keyPath(key) + ": " + message);
    }

    /** Records a problem for every key of this section outside {@code known}. */
    void rejectUnknownKeys(Set<String> known) {
        for (String key : new TreeSet<>(section.values().keySet())) {
            if (!known.contains(key)) {
                problem(key, "unknown key, expected one of " + new TreeSet<>(known));
            }
        }
    }

    /** Throws one {@link ConfigException} listing every problem recorded so far, if any. */
    void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("; ", problems));
        }
    }

    Optional<String> string(String key) {
        Object raw = section.values().get(key);
        if (raw == null) {
            return Optional.empty();
        }
        if (raw instanceof Map || raw instanceof List) {
            problem(key, "must be a single value, was a " + (raw instanceof Map ? "map" : "list"));
            return Optional.empty();
        }
        String value = raw.toString().trim();
        if (value.isEmpty()) {
            problem(key, "must not be empty");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** The value of a required key; records a problem and returns an empty string when it is absent. */
    String requiredString(String key) {
        if (!has(key)) {
            problem(key, "is required");
            return "";
        }
        return string(key).orElse("");
    }

    long integer(String key, long defaultValue, long min, long max) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(text.get());
            if (value < min || value > max) {
                problem(key, "must be between " + min + " and " + max + ", was " + value);
                return defaultValue;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, "must be an integer, was " + text.get());
            return defaultValue;
        }
    }

    /** A non-negative decimal such as a rate or a factor, at most {@code max}. */
    double decimal(String key, double defaultValue, double max) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(text.get());
            if (!(value >= 0 && value <= max)) {
                problem(key, "must be between 0 and " + max + ", was " + text.get());
                return defaultValue;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, "must be a number, was " + text.get());
            return defaultValue;
        }
    }

    /** A positive duration written {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h} or ISO-8601 {@code PT30S}. */
    Duration duration(String key, Duration defaultValue) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        Optional<Duration> parsed = parseDuration(text.get());
        if (parsed.isEmpty() || parsed.get().isNegative() || parsed.get().isZero()) {
            problem(key, "must be a positive duration such as 500ms, 30s, 5m or PT30S, was " + text.get());
            return defaultValue;
        }
        return parsed.get();
    }

    private static Optional<Duration> parseDuration(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return Optional.of(switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
        }
        try {
            return Optional.of(Duration.parse(text.toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A positive size in bytes, written as a number of bytes or with a {@code KiB}, {@code MiB}, {@code GiB} unit. */
    long byteSize(String key, long defaultValue) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        Matcher matcher = BYTE_SIZE.matcher(text.get());
        if (!matcher.matches()) {
            problem(key, "must be a size such as 1048576, 512KiB, 20MiB or 1GiB, was " + text.get());
            return defaultValue;
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "B" : matcher.group(2);
        int shift = switch (unit) {
            case "KiB" -> 10;
            case "MiB" -> 20;
            case "GiB" -> 30;
            default -> 0;
        };
        if (amount <= 0 || amount > Long.MAX_VALUE >> shift) {
            problem(key, "must be positive and below 2^63 bytes, was " + text.get());
            return defaultValue;
        }
        return amount << shift;
    }

    /** One of {@code choices} by its configuration name. */
    <E> E choice(String key, E defaultValue, Map<String, E> choices) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        E value = choices.get(text.get());
        if (value == null) {
            problem(key, "must be one of " + choices.keySet() + ", was " + text.get());
            return defaultValue;
        }
        return value;
    }

    /** The nested section under {@code key}; an empty one when the key is absent. */
    SectionReader section(String key) {
        Object raw = section.values().get(key);
        Map<String, Object> values = new LinkedHashMap<>();
        if (raw instanceof Map<?, ?> map) {
            map.forEach((name, value) -> values.put(String.valueOf(name), value));
        } else if (raw != null) {
            problem(key, "must be a map of keys, was " + raw);
        }
        return new SectionReader(new ConfigSection(keyPath(key), values), problems);
    }

    /** The raw value of {@code key}, for values that are either a scalar or a map (a JSON body template). */
    Optional<Object> raw(String key) {
        return Optional.ofNullable(section.values().get(key));
    }

    /**
     * A secret value: either a {@link Secret} the runtime resolved already, or a string whose
     * {@code ${secret:name}} placeholders are resolved here through {@code secrets}. Neither the value nor the
     * resolved text ever appears in a problem message.
     */
    Optional<Secret> secret(String key, SecretProvider secrets) {
        Object raw = section.values().get(key);
        if (raw == null) {
            return Optional.empty();
        }
        if (raw instanceof Secret secret) {
            return Optional.of(secret);
        }
        if (raw instanceof Map || raw instanceof List) {
            problem(key, "must be a single value");
            return Optional.empty();
        }
        Matcher matcher = SECRET_PLACEHOLDER.matcher(raw.toString());
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Optional<Secret> secret = secrets.resolve(name);
            if (secret.isEmpty()) {
                problem(key, "secret '" + name + "' was not found");
                return Optional.empty();
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(secret.get().reveal()));
        }
        matcher.appendTail(resolved);
        if (resolved.length() == 0) {
            problem(key, "must not be empty");
            return Optional.empty();
        }
        return Optional.of(Secret.of(resolved.toString()));
    }
}
