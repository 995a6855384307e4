package dev.nfe.core.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type of a declared configuration key ({@link ConfigKey}): how its raw YAML/JSON value is converted and what the
 * bound value is. Scalars given as strings are accepted for numbers and booleans, because {@code ${env:…}}
 * placeholders always produce strings.
 */
public enum ConfigType {
    /** Text; bound as {@link String}, or as {@link Secret} when sensitive or resolved from {@code ${secret:…}}. */
    STRING("string", "a string") {
        @Override
        Optional<Object> convert(Object raw) {
            if (raw instanceof Secret) {
                return Optional.of(raw);
            }
            return isScalar(raw) ? Optional.of(raw.toString()) : Optional.empty();
        }
    },
    /** A 32-bit integer; bound as {@link Integer}. */
    INT("int", "an integer") {
        @Override
        Optional<Object> convert(Object raw) {
            return integer(raw).filter(v -> v.bitLength() < Integer.SIZE).map(BigInteger::intValue);
        }
    },
    /** A 64-bit integer; bound as {@link Long}. */
    LONG("long", "an integer") {
        @Override
        Optional<Object> convert(Object raw) {
            return integer(raw).filter(v -> v.bitLength() < Long.SIZE).map(BigInteger::longValue);
        }
    },
    /**
     * A non-negative number of bytes: a whole number, optionally with a binary unit ({@code 1048576}, {@code 512KiB},
     * {@code 20MiB}, {@code 1GiB}); bound as {@link Long}.
     */
    SIZE("size", "a size such as 1048576, 512KiB, 20MiB or 1GiB") {
        @Override
        Optional<Object> convert(Object raw) {
            if (raw instanceof Number && !(raw instanceof Double || raw instanceof Float)) {
                return integer(raw).filter(v -> v.signum() >= 0 && v.bitLength() < Long.SIZE)
                        .map(BigInteger::longValue);
            }
            return text(raw).flatMap(ConfigType::size);
        }
    },
    /** A decimal number ({@code 0.5}, {@code 12}); bound as {@link BigDecimal}, built from its text. */
    DECIMAL("decimal", "a number") {
        @Override
        Optional<Object> convert(Object raw) {
            if (raw instanceof Boolean) {
                return Optional.empty();
            }
            return text(raw).filter(t -> DECIMAL_NUMBER.matcher(t).matches()).map(BigDecimal::new);
        }
    },
    /** {@code true} or {@code false}; bound as {@link Boolean}. */
    BOOLEAN("boolean", "true or false") {
        @Override
        Optional<Object> convert(Object raw) {
            if (raw instanceof Boolean) {
                return Optional.of(raw);
            }
            String text = text(raw).orElse("");
            return text.equals("true") || text.equals("false") ? Optional.of(Boolean.valueOf(text)) : Optional.empty();
        }
    },
    /**
     * A non-negative duration: a whole number with a unit ({@code 500ms}, {@code 30s}, {@code 14m}, {@code 2h},
     * {@code 1d}) or ISO-8601 ({@code PT5M}); bound as {@link Duration}.
     */
    DURATION("duration", "a duration such as 500ms, 30s, 14m, 2h or PT5M") {
        @Override
        Optional<Object> convert(Object raw) {
            return text(raw).flatMap(ConfigType::duration);
        }
    },
    /** An absolute URI of any scheme; bound as {@link URI}. */
    URI("uri", "an absolute URI") {
        @Override
        Optional<Object> convert(Object raw) {
            return text(raw).flatMap(ConfigType::uri).filter(java.net.URI::isAbsolute).map(Object.class::cast);
        }
    },
    /** An absolute {@code http} or {@code https} URL with a host; bound as {@link URI}. */
    URL("url", "an absolute http or https URL") {
        @Override
        Optional<Object> convert(Object raw) {
            return text(raw).flatMap(ConfigType::httpUrl).map(Object.class::cast);
        }
    },
    /** One of a fixed set of names ({@link ConfigKey#oneOf}); bound as {@link String}. */
    ENUM("enum", "a string") {
        @Override
        Optional<Object> convert(Object raw) {
            return text(raw).map(Object.class::cast);
        }
    },
    /** A file system path, not checked for existence; bound as {@link Path}. */
    PATH("path", "a path") {
        @Override
        Optional<Object> convert(Object raw) {
            Optional<String> text = text(raw).filter(t -> !t.isBlank());
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Path.of(text.get()));
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
    },
    /** A list of strings (scalars are accepted as their text); bound as an immutable {@code List<String>}. */
    LIST("list", "a list of strings") {
        @Override
        Optional<Object> convert(Object raw) {
            if (!(raw instanceof List<?> list)) {
                return Optional.empty();
            }
            List<String> values = new ArrayList<>();
            for (Object element : list) {
                if (!isScalar(element)) {
                    return Optional.empty();
                }
                values.add(element instanceof Secret secret ? secret.reveal() : element.toString());
            }
            return Optional.of(Collections.unmodifiableList(values));
        }
    },
    /**
     * A JSON value written inline: text, used as given, or a section, which the plugin writes out as JSON; bound as
     * {@link String} or as an unmodifiable {@code Map<String, Object>} of the section's values.
     */
    JSON("json", "a string or a section") {
        @Override
        Optional<Object> convert(Object raw) {
            if (raw instanceof Map<?, ?> map) {
                Map<String, Object> values = new LinkedHashMap<>();
                map.forEach((key, value) -> values.put(String.valueOf(key), value));
                return Optional.of(Collections.unmodifiableMap(values));
            }
            return text(raw).map(Object.class::cast);
        }
    },
    /** A nested section declared by its own {@link ConfigDef}; bound as {@link ConfigValues}. */
    SECTION("section", "a section") {
        @Override
        Optional<Object> convert(Object raw) {
            return raw instanceof Map<?, ?> ? Optional.of(raw) : Optional.empty();
        }
    },
    /**
     * A plugin section: a type name ({@code notify: log}) or a section with a {@code type} key and the plugin's own
     * keys; bound as a {@link ConfigSection} that includes {@code type}.
     */
    PLUGIN("plugin", "a plugin type or a section with a type") {
        @Override
        Optional<Object> convert(Object raw) {
            return raw instanceof Map<?, ?> || raw instanceof String ? Optional.of(raw) : Optional.empty();
        }
    };

    private static final Pattern DURATION_WITH_UNIT = Pattern.compile("(\\d{1,18})(ms|s|m|h|d)");
    private static final Pattern SIZE_WITH_UNIT = Pattern.compile("(\\d{1,30})\\s*(B|KiB|MiB|GiB)?");
    private static final Pattern DECIMAL_NUMBER = Pattern.compile(
            "[+-]?(\\d{1,30}(\\.\\d{0,30})?|\\.\\d{1,30})([eE][+-]?\\d{1,3})?");

    private final String displayName;
    private final String expectation;

    ConfigType(String displayName, String expectation) {
        this.displayName = displayName;
        this.expectation = expectation;
    }

    /** The name shown in the configuration reference ({@code duration}, {@code int}). */
    public String displayName() {
        return displayName;
    }

    /** What a value must be, as problems word it ({@code a duration such as 500ms…}). */
    String expectation() {
        return expectation;
    }

    /** The bound value of {@code raw}, or empty when {@code raw} is not of this type. */
    abstract Optional<Object> convert(Object raw);

    private static boolean isScalar(Object raw) {
        return raw instanceof String || raw instanceof Number || raw instanceof Boolean || raw instanceof Secret;
    }

    private static Optional<String> text(Object raw) {
        if (raw instanceof Secret secret) {
            return Optional.of(secret.reveal().trim());
        }
        return isScalar(raw) ? Optional.of(raw.toString().trim()) : Optional.empty();
    }

    private static Optional<BigInteger> integer(Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return Optional.of(BigInteger.valueOf(((Number) raw).longValue()));
        }
        if (raw instanceof BigInteger big) {
            return Optional.of(big);
        }
        if (raw instanceof Number || raw instanceof Boolean) {
            return Optional.empty();
        }
        return text(raw).filter(t -> t.matches("[+-]?\\d{1,40}")).map(BigInteger::new);
    }

    private static Optional<Duration> duration(String text) {
        Matcher withUnit = DURATION_WITH_UNIT.matcher(text);
        try {
            if (withUnit.matches()) {
                long amount = Long.parseLong(withUnit.group(1));
                return Optional.of(switch (withUnit.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                });
            }
            if (text.toUpperCase(Locale.ROOT).startsWith("P")) {
                return Optional.of(Duration.parse(text)).filter(d -> !d.isNegative());
            }
        } catch (ArithmeticException | DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Long> size(String text) {
        Matcher withUnit = SIZE_WITH_UNIT.matcher(text);
        if (!withUnit.matches()) {
            return Optional.empty();
        }
        int shift = switch (withUnit.group(2) == null ? "B" : withUnit.group(2)) {
            case "KiB" -> 10;
            case "MiB" -> 20;
            case "GiB" -> 30;
            default -> 0;
        };
        BigInteger bytes = new BigInteger(withUnit.group(1)).shiftLeft(shift);
        return bytes.bitLength() < Long.SIZE ? Optional.of(bytes.longValue()) : Optional.empty();
    }

    /**
     * {@code text} as an absolute {@code http} or {@code https} URL with a host, the rule of {@link #URL} keys; empty
     * when it is not one. Plugins use it for values that become URLs only after a substitution (a URL template).
     */
    public static Optional<URI> httpUrl(String text) {
        return uri(text)
                .filter(uri -> "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                .filter(uri -> uri.getHost() != null);
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
