package dev.nfe.core.extract;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Extractor;
import dev.nfe.core.spi.ExtractorFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StorageFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@code folder} extractor over a local directory ({@code path}), read through the {@code local} storage
 * plugin. Keys: {@code path} (required), {@code pageSize} (100), {@code maxPageBytes} (64MiB),
 * {@code deadlineMargin} (5s), {@code maxDocumentBytes} (20MiB), {@code maxCompressionRatio} (100),
 * {@code maxEntries} (10000). Rejected files and entries are logged, at WARN for broken limits and DEBUG for
 * unsupported names.
 */
public final class FolderExtractorFactory implements ExtractorFactory {
    private static final Logger log = LoggerFactory.getLogger(FolderExtractorFactory.class);
    private static final Set<String> KEYS = Set.of("type", "path", "pageSize", "maxPageBytes", "deadlineMargin",
            "maxDocumentBytes", "maxCompressionRatio", "maxEntries");

    @Override
    public String type() {
        return "folder";
    }

    @Override
    public Extractor create(ConfigSection config, PluginContext context) {
        SectionReader reader = new SectionReader(config);
        reader.rejectUnknownKeys(KEYS);
        String path = reader.requiredString("path");
        FolderSettings defaults = FolderSettings.defaults();
        FolderSettings settings = new FolderSettings(
                (int) reader.integer("pageSize", defaults.pageSize(), 1, 100_000),
                reader.byteSize("maxPageBytes", defaults.maxPageBytes()),
                reader.duration("deadlineMargin", defaults.deadlineMargin()),
                reader.byteSize("maxDocumentBytes", defaults.maxDocumentBytes()),
                (int) reader.integer("maxCompressionRatio", defaults.maxCompressionRatio(), 1, 1_000_000),
                (int) reader.integer("maxEntries", defaults.maxEntries(), 1, 10_000_000));
        reader.throwIfProblems();
        Path directory = Paths.get(path).toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            throw new ConfigException(config.keyPath("path") + ": must be an existing directory, was " + path);
        }
        return new FolderExtractor(localStorage(config, directory, context), "", settings, context.clock(),
                FolderExtractorFactory::logRejection);
    }

    /** The {@code local} storage rooted at {@code directory}, found like any other storage plugin. */
    private static Storage localStorage(ConfigSection config, Path directory, PluginContext context) {
        for (StorageFactory factory : ServiceLoader.load(StorageFactory.class,
                FolderExtractorFactory.class.getClassLoader())) {
            if (factory.type().equals("local")) {
                return factory.create(new ConfigSection(config.path(),
                        Map.of("type", "local", "root", directory.toString())), context);
            }
        }
        throw new ConfigException(config.keyPath("path") + ": reading a local folder needs the 'local' storage "
                + "plugin, which is not on the class path");
    }

    private static void logRejection(RejectedSource rejected) {
        if (rejected.reason() == RejectedSource.Reason.UNSUPPORTED_TYPE) {
            log.debug("Skipped {}: {}", rejected.source(), rejected.detail());
        } else {
            log.warn("Rejected {}: {} ({})", rejected.source(), rejected.reason(), rejected.detail());
        }
    }
}
