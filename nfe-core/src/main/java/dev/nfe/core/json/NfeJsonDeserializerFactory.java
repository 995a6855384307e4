package dev.nfe.core.json;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.PluginContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Builds the {@code nfe-json} deserializer. Keys: {@code xmlPointer}, {@code keyPointer}, {@code receivedAtPointer}
 * (JSON pointers; default candidates when absent), {@code encoding} ({@code auto}, {@code plain}, {@code base64}),
 * {@code maxDocumentBytes}, {@code maxPageBytes}, {@code maxInflateRatio}, and {@code xml}, the section handed to the
 * {@code nfe-xml} deserializer the converted documents go to (found on the class path by its type).
 */
public final class NfeJsonDeserializerFactory implements DeserializerFactory {
    static final String TYPE = "nfe-json";
    static final String XML_TYPE = "nfe-xml";

    static final String XML_POINTER = "xmlPointer";
    static final String KEY_POINTER = "keyPointer";
    static final String RECEIVED_AT_POINTER = "receivedAtPointer";
    static final String ENCODING = "encoding";
    static final String MAX_DOCUMENT_BYTES = "maxDocumentBytes";
    static final String MAX_PAGE_BYTES = "maxPageBytes";
    static final String MAX_INFLATE_RATIO = "maxInflateRatio";
    static final String XML = "xml";
    /** Present when the section was written as {@code deserializer: {type: nfe-json, …}}. */
    static final String TYPE_KEY = "type";

    private static final Set<String> KEYS = Set.of(XML_POINTER, KEY_POINTER, RECEIVED_AT_POINTER, ENCODING,
            MAX_DOCUMENT_BYTES, MAX_PAGE_BYTES, MAX_INFLATE_RATIO, XML, TYPE_KEY);

    private final Supplier<? extends Iterable<DeserializerFactory>> factories;

    /** The factory {@link ServiceLoader} instantiates; finds the {@code nfe-xml} factory with it too. */
    public NfeJsonDeserializerFactory() {
        this(() -> ServiceLoader.load(DeserializerFactory.class, NfeJsonDeserializerFactory.class.getClassLoader()));
    }

    NfeJsonDeserializerFactory(Supplier<? extends Iterable<DeserializerFactory>> factories) {
        this.factories = Objects.requireNonNull(factories, "factories");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Deserializer create(ConfigSection config, PluginContext context) {
        JsonOptions options = options(config);
        ConfigSection xmlSection = xmlSection(config);
        DeserializerFactory xmlFactory = xmlFactory(config);
        return new NfeJsonDeserializer(xmlFactory.create(xmlSection, context), options);
    }

    /** Binds the section into options, reporting every bad key at once. */
    static JsonOptions options(ConfigSection config) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(config.values().keySet())) {
            if (!KEYS.contains(key)) {
                problems.add(config.keyPath(key) + ": unknown key; known keys are " + new TreeSet<>(KEYS));
            }
        }
        JsonOptions options = JsonOptions.defaults();
        Optional<String> xmlPointer = pointer(config, XML_POINTER, problems);
        Optional<String> keyPointer = pointer(config, KEY_POINTER, problems);
        Optional<String> receivedAtPointer = pointer(config, RECEIVED_AT_POINTER, problems);
        ContentEncoding encoding = ContentEncoding.AUTO;
        Optional<String> encodingName = config.string(ENCODING);
        if (encodingName.isPresent()) {
            Optional<ContentEncoding> parsed = ContentEncoding.fromConfigName(encodingName.get());
            if (parsed.isEmpty()) {
                problems.add(config.keyPath(ENCODING) + ": must be one of " + ContentEncoding.configNames()
                        + ", was " + encodingName.get());
            }
            encoding = parsed.orElse(ContentEncoding.AUTO);
        }
        long maxDocumentBytes = bytes(config, MAX_DOCUMENT_BYTES, options.maxDocumentBytes(), problems);
        long maxPageBytes = bytes(config, MAX_PAGE_BYTES, options.maxPageBytes(), problems);
        long maxInflateRatio = number(config, MAX_INFLATE_RATIO, options.maxInflateRatio(), Integer.MAX_VALUE,
                problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("; ", problems));
        }
        return new JsonOptions(xmlPointer, keyPointer, receivedAtPointer, encoding, maxDocumentBytes, maxPageBytes,
                (int) maxInflateRatio);
    }

    private static Optional<String> pointer(ConfigSection config, String key, List<String> problems) {
        Optional<String> value = config.string(key);
        if (value.isPresent() && !JsonOptions.isMemberPointer(value.get())) {
            problems.add(config.keyPath(key) + ": must be a JSON pointer starting with /, was " + value.get());
            return Optional.empty();
        }
        return value;
    }

    private static long bytes(ConfigSection config, String key, long defaultValue, List<String> problems) {
        return number(config, key, defaultValue, JsonOptions.MAX_BYTES, problems);
    }

    private static long number(ConfigSection config, String key, long defaultValue, long max, List<String> problems) {
        try {
            long value = config.longValue(key, defaultValue, 1);
            if (value > max) {
                problems.add(config.keyPath(key) + ": must be ≤ " + max + ", was " + value);
                return defaultValue;
            }
            return value;
        } catch (ConfigException e) {
            problems.add(e.getMessage());
            return defaultValue;
        }
    }

    private static ConfigSection xmlSection(ConfigSection config) {
        Object raw = config.values().get(XML);
        if (raw == null) {
            return ConfigSection.empty(config.keyPath(XML));
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new ConfigException(config.keyPath(XML) + ": must be a mapping, was " + raw);
        }
        Map<String, Object> values = new HashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), value));
        return new ConfigSection(config.keyPath(XML), values);
    }

    private DeserializerFactory xmlFactory(ConfigSection config) {
        for (DeserializerFactory factory : factories.get()) {
            if (factory.type().equals(XML_TYPE)) {
                return factory;
            }
        }
        throw new ConfigException(config.path() + ": cannot build " + TYPE + ": no deserializer of type " + XML_TYPE
                + " on the class path");
    }
}
