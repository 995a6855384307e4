package dev.nfe.core.xml;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.validate.NfeValidator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the {@code nfe-xml} deserializer. Keys, all optional: {@code maxDocumentBytes} (20 MiB), {@code maxDepth}
 * (64), {@code maxAttributes} (32), {@code maxGzipRatio} (100), {@code maxDecompressedBytes} (= maxDocumentBytes).
 */
public final class NfeXmlDeserializerFactory implements DeserializerFactory {
    private static final String MAX_DOCUMENT_BYTES = "maxDocumentBytes";
    private static final String MAX_DEPTH = "maxDepth";
    private static final String MAX_ATTRIBUTES = "maxAttributes";
    private static final String MAX_GZIP_RATIO = "maxGzipRatio";
    private static final String MAX_DECOMPRESSED_BYTES = "maxDecompressedBytes";
    private static final Set<String> KEYS =
            Set.of(MAX_DOCUMENT_BYTES, MAX_DEPTH, MAX_ATTRIBUTES, MAX_GZIP_RATIO, MAX_DECOMPRESSED_BYTES);

    @Override
    public String type() {
        return "nfe-xml";
    }

    /**
     * Builds the deserializer with the configured limits; every parsed document is checked by the standard
     * {@link NfeValidator}, so a domain error (check digit, totals) quarantines it like a parse error.
     *
     * @throws ConfigException naming every unknown key, or the first bad value
     */
    @Override
    public Deserializer create(ConfigSection config, PluginContext context) {
        Set<String> unknown = new TreeSet<>(config.values().keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new ConfigException(unknown.stream().map(config::keyPath).toList()
                    + ": unknown keys, expected some of " + new TreeSet<>(KEYS));
        }
        XmlLimits defaults = XmlLimits.defaults();
        long maxDocumentBytes = config.longValue(MAX_DOCUMENT_BYTES, defaults.maxDocumentBytes(), 1);
        XmlLimits limits = new XmlLimits(maxDocumentBytes,
                intValue(config, MAX_DEPTH, defaults.maxDepth()),
                intValue(config, MAX_ATTRIBUTES, defaults.maxAttributes()),
                intValue(config, MAX_GZIP_RATIO, defaults.maxGzipRatio()),
                config.longValue(MAX_DECOMPRESSED_BYTES, maxDocumentBytes, 1));
        return new NfeXmlDeserializer(limits, NfeValidator.standard()::validate);
    }

    private static int intValue(ConfigSection config, String key, int defaultValue) {
        long value = config.longValue(key, defaultValue, 1);
        if (value > Integer.MAX_VALUE) {
            throw new ConfigException(config.keyPath(key) + ": must be ≤ " + Integer.MAX_VALUE + ", was " + value);
        }
        return (int) value;
    }
}
