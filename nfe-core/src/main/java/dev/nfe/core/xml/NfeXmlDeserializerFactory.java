package dev.nfe.core.xml;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.validate.NfeValidator;

/**
 * Builds the {@code nfe-xml} deserializer; its keys, all optional limits, are declared in {@link #configDef()}:
 * {@code maxDocumentBytes} (20 MiB), {@code maxDepth} (64), {@code maxAttributes} (32), {@code maxGzipRatio} (100),
 * {@code maxDecompressedBytes} (= maxDocumentBytes).
 */
public final class NfeXmlDeserializerFactory implements DeserializerFactory {
    private static final String MAX_DOCUMENT_BYTES = "maxDocumentBytes";
    private static final String MAX_DEPTH = "maxDepth";
    private static final String MAX_ATTRIBUTES = "maxAttributes";
    private static final String MAX_GZIP_RATIO = "maxGzipRatio";
    private static final String MAX_DECOMPRESSED_BYTES = "maxDecompressedBytes";

    private static final XmlLimits DEFAULTS = XmlLimits.defaults();
    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.size(MAX_DOCUMENT_BYTES).atLeast(1).withDefault(DEFAULTS.maxDocumentBytes())
                    .doc("The largest document, compressed or not; a larger one is quarantined as XML_TOO_LARGE."),
            ConfigKey.integer(MAX_DEPTH).atLeast(1).withDefault(DEFAULTS.maxDepth())
                    .doc("The deepest element nesting; a deeper document is quarantined as XML_TOO_DEEP."),
            ConfigKey.integer(MAX_ATTRIBUTES).atLeast(1).withDefault(DEFAULTS.maxAttributes())
                    .doc("The most attributes on one element (XML_TOO_MANY_ATTRIBUTES)."),
            ConfigKey.integer(MAX_GZIP_RATIO).atLeast(1).withDefault(DEFAULTS.maxGzipRatio())
                    .doc("The largest ratio of decompressed to compressed bytes of a gzip document "
                            + "(GZIP_RATIO_EXCEEDED)."),
            ConfigKey.size(MAX_DECOMPRESSED_BYTES).atLeast(1)
                    .doc("The largest decompressed gzip content (XML_TOO_LARGE); maxDocumentBytes when absent."));

    @Override
    public String type() {
        return "nfe-xml";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    /**
     * Builds the deserializer with the configured limits; every parsed document is checked by the standard
     * {@link NfeValidator}, so a domain error (check digit, totals) quarantines it like a parse error.
     *
     * @throws ConfigException naming every bad key
     */
    @Override
    public Deserializer create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        long maxDocumentBytes = values.size(MAX_DOCUMENT_BYTES);
        XmlLimits limits = new XmlLimits(maxDocumentBytes, values.intValue(MAX_DEPTH),
                values.intValue(MAX_ATTRIBUTES), values.intValue(MAX_GZIP_RATIO),
                values.isSet(MAX_DECOMPRESSED_BYTES) ? values.size(MAX_DECOMPRESSED_BYTES) : maxDocumentBytes);
        return new NfeXmlDeserializer(limits, NfeValidator.standard()::validate);
    }
}
