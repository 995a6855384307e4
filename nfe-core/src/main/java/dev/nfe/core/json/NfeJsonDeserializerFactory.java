package dev.nfe.core.json;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.PluginContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * Builds the {@code nfe-json} deserializer; its keys are declared in {@link #configDef()}: {@code xmlPointer},
 * {@code keyPointer}, {@code receivedAtPointer} (JSON pointers; default candidates when absent), {@code encoding}
 * ({@code auto}, {@code plain}, {@code base64}), {@code maxDocumentBytes}, {@code maxPageBytes},
 * {@code maxInflateRatio}, and {@code xml}, the section handed to the {@code nfe-xml} deserializer the converted
 * documents go to (found on the class path by its type, which also declares that section's keys).
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

    /** A JSON pointer to a member: {@code /} and the rest, as {@link JsonOptions#isMemberPointer} requires. */
    private static final String MEMBER_POINTER = "(?s)/.*";

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

    /** The declared keys; {@code xml} holds the keys the {@code nfe-xml} factory declares, when it is found. */
    @Override
    public ConfigDef configDef() {
        return definition(xmlFactory().map(DeserializerFactory::configDef).orElse(ConfigDef.undeclared()));
    }

    @Override
    public Deserializer create(ConfigSection config, PluginContext context) {
        JsonOptions options = options(config);
        DeserializerFactory xmlFactory = xmlFactory().orElseThrow(() -> new ConfigException(config.path()
                + ": cannot build " + TYPE + ": no deserializer of type " + XML_TYPE + " on the class path"));
        return new NfeJsonDeserializer(xmlFactory.create(xmlSection(config), context), options);
    }

    /**
     * Binds the section into options, reporting every bad key at once; the {@code xml} section is only checked to be
     * a section here, its keys are the {@code nfe-xml} factory's to bind.
     */
    static JsonOptions options(ConfigSection config) {
        ConfigValues values = config.bind(definition(ConfigDef.undeclared()));
        ContentEncoding encoding = ContentEncoding.fromConfigName(values.string(ENCODING)).orElseThrow();
        return new JsonOptions(pointer(values, XML_POINTER), pointer(values, KEY_POINTER),
                pointer(values, RECEIVED_AT_POINTER), encoding, values.size(MAX_DOCUMENT_BYTES),
                values.size(MAX_PAGE_BYTES), values.intValue(MAX_INFLATE_RATIO));
    }

    private static ConfigDef definition(ConfigDef xmlKeys) {
        JsonOptions defaults = JsonOptions.defaults();
        String[] encodings = Arrays.stream(ContentEncoding.values()).map(ContentEncoding::configName)
                .toArray(String[]::new);
        return ConfigDef.of(
                ConfigKey.string(XML_POINTER).matching(MEMBER_POINTER)
                        .doc("JSON pointer to an envelope's document XML; /xml, /document, /content, /nfeProc "
                                + "are tried when absent."),
                ConfigKey.string(KEY_POINTER).matching(MEMBER_POINTER)
                        .doc("JSON pointer to an envelope's access key; /chave, /chNFe, /accessKey are tried when "
                                + "absent."),
                ConfigKey.string(RECEIVED_AT_POINTER).matching(MEMBER_POINTER)
                        .doc("JSON pointer to the time an envelope received the document; /receivedAt, /dhRecbto "
                                + "are tried when absent."),
                ConfigKey.oneOf(ENCODING, encodings).withDefault(defaults.encoding().configName())
                        .doc("How an envelope's XML string is encoded: detected, plain text or base64."),
                ConfigKey.size(MAX_DOCUMENT_BYTES).atLeast(1).atMost(JsonOptions.MAX_BYTES)
                        .withDefault(defaults.maxDocumentBytes())
                        .doc("The largest JSON document, or element of a page, and inflated envelope content."),
                ConfigKey.size(MAX_PAGE_BYTES).atLeast(1).atMost(JsonOptions.MAX_BYTES)
                        .withDefault(defaults.maxPageBytes())
                        .doc("The largest gzip-compressed page once inflated."),
                ConfigKey.integer(MAX_INFLATE_RATIO).atLeast(1).withDefault(defaults.maxInflateRatio())
                        .doc("The largest ratio of inflated to compressed size, enforced while inflating."),
                ConfigKey.section(XML, xmlKeys)
                        .doc("The section of the nfe-xml deserializer the converted documents go to."));
    }

    private static Optional<String> pointer(ConfigValues values, String key) {
        return values.isSet(key) ? Optional.of(values.string(key)) : Optional.empty();
    }

    private static ConfigSection xmlSection(ConfigSection config) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (config.values().get(XML) instanceof Map<?, ?> map) {
            map.forEach((key, value) -> values.put(String.valueOf(key), value));
        }
        return new ConfigSection(config.keyPath(XML), values);
    }

    private Optional<DeserializerFactory> xmlFactory() {
        for (DeserializerFactory factory : factories.get()) {
            if (factory.type().equals(XML_TYPE)) {
                return Optional.of(factory);
            }
        }
        return Optional.empty();
    }
}
