package dev.nfe.core.extract;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.Extractor;
import dev.nfe.core.spi.ExtractorFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.storage.LocalStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@code folder} extractor over a local directory ({@code path}), read through {@link LocalStorage}; its
 * keys are declared in {@link #configDef()}. Rejected files and entries are reported to the runtime through the
 * sink, which counts, records and logs them; the factory's listener only logs them at DEBUG.
 */
public final class FolderExtractorFactory implements ExtractorFactory {
    private static final Logger log = LoggerFactory.getLogger(FolderExtractorFactory.class);

    private static final String PATH = "path";
    private static final String PAGE_SIZE = "pageSize";
    private static final String MAX_PAGE_BYTES = "maxPageBytes";
    private static final String DEADLINE_MARGIN = "deadlineMargin";
    private static final String MAX_DOCUMENT_BYTES = "maxDocumentBytes";
    private static final String MAX_COMPRESSION_RATIO = "maxCompressionRatio";
    private static final String MAX_ENTRIES = "maxEntries";

    private static final FolderSettings DEFAULTS = FolderSettings.defaults();
    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.path(PATH).required()
                    .doc("The directory read, with its subdirectories: XML, JSON, gzip and zip files."),
            ConfigKey.integer(PAGE_SIZE).atLeast(1).atMost(100_000).withDefault(DEFAULTS.pageSize())
                    .doc("Documents per committed page, which becomes one bronze batch (the transform gathers"
                            + " consecutive ones into silver batches up to transform.batchBytes); a page also ends at"
                            + " maxPageBytes and where the deadline comes near."),
            ConfigKey.size(MAX_PAGE_BYTES).atLeast(1).withDefault(DEFAULTS.maxPageBytes())
                    .doc("Bytes after which a page is committed early."),
            ConfigKey.duration(DEADLINE_MARGIN).positive().withDefault(DEFAULTS.deadlineMargin().toString())
                    .doc("No new page is started when less than this remains before the run's deadline."),
            ConfigKey.size(MAX_DOCUMENT_BYTES).atLeast(1).withDefault(DEFAULTS.maxDocumentBytes())
                    .doc("The largest document read, after decompression: a file, a gzip member or a zip entry."),
            ConfigKey.integer(MAX_COMPRESSION_RATIO).atLeast(1).atMost(1_000_000)
                    .withDefault(DEFAULTS.maxCompressionRatio())
                    .doc("The largest uncompressed-to-compressed ratio of a gzip file or zip entry."),
            ConfigKey.integer(MAX_ENTRIES).atLeast(1).atMost(10_000_000).withDefault(DEFAULTS.maxEntries())
                    .doc("The most entries read from one zip archive."));

    @Override
    public String type() {
        return "folder";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public Extractor create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        FolderSettings settings = new FolderSettings(values.intValue(PAGE_SIZE), values.size(MAX_PAGE_BYTES),
                values.duration(DEADLINE_MARGIN), values.size(MAX_DOCUMENT_BYTES),
                values.intValue(MAX_COMPRESSION_RATIO), values.intValue(MAX_ENTRIES));
        Path directory = values.pathValue(PATH).toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            throw new ConfigException(
                    values.keyPath(PATH) + ": must be an existing directory, was '" + values.pathValue(PATH) + "'");
        }
        return new FolderExtractor(new LocalStorage(directory), "", settings, context.clock(),
                FolderExtractorFactory::logRejection);
    }

    private static void logRejection(RejectedSource rejected) {
        log.debug("Passed over {}: {} ({})", rejected.source(), rejected.reason(), rejected.detail());
    }
}
