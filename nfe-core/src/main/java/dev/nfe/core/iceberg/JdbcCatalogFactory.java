package dev.nfe.core.iceberg;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.CatalogUtil;
import org.apache.iceberg.io.FileIO;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.iceberg.jdbc.UncheckedSQLException;

/**
 * The {@code jdbc} Iceberg catalog: table pointers in a database reached over JDBC, updated with optimistic locking.
 * Keys: {@code uri} (a JDBC URL; for a {@code local} storage it defaults to a SQLite file,
 * {@code jdbc:sqlite:<root>/_catalog/iceberg.db}, which needs {@code org.xerial:sqlite-jdbc} on the class path),
 * {@code user}, {@code password} (a secret) and {@code name} (default {@code nfe}). The host brings the JDBC driver.
 */
public final class JdbcCatalogFactory implements IcebergCatalogFactory {
    static final String URI_KEY = "uri";
    static final String USER = "user";
    static final String PASSWORD = "password";
    static final String NAME = "name";
    /** Where the default SQLite catalog lives under a local storage's root. */
    static final String DEFAULT_DATABASE = "_catalog/iceberg.db";
    /** How often opening the catalog is tried when another process creates or upgrades its tables at once. */
    private static final int INITIALIZE_ATTEMPTS = 3;

    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.string(URI_KEY).doc("JDBC URL of the catalog database; a SQLite file under the lake when the"
                    + " storage is local and this is absent."),
            ConfigKey.string(USER).doc("Database user, if the database needs one."),
            ConfigKey.string(PASSWORD).sensitive().doc("Database password, if the database needs one."),
            ConfigKey.string(NAME).withDefault("nfe").doc("The catalog's name, recorded with every table."));

    @Override
    public String type() {
        return "jdbc";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public Set<String> sensitiveKeys() {
        return Set.of(PASSWORD);
    }

    @Override
    public CatalogConnector create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        Optional<String> uri = values.isSet(URI_KEY) ? Optional.of(values.string(URI_KEY)) : Optional.empty();
        Map<String, String> properties = new HashMap<>();
        if (values.isSet(USER)) {
            properties.put(JdbcCatalog.PROPERTY_PREFIX + "user", values.string(USER));
        }
        if (values.isSet(PASSWORD)) {
            properties.put(JdbcCatalog.PROPERTY_PREFIX + "password", values.secret(PASSWORD).reveal());
        }
        String name = values.string(NAME);
        String uriKey = values.keyPath(URI_KEY);
        Function<Storage, Map<String, String>> catalogProperties = storage -> {
            Map<String, String> all = new HashMap<>(properties);
            all.put(CatalogProperties.URI, uri.orElseGet(() -> defaultUrl(storage, uriKey)));
            all.put(CatalogProperties.WAREHOUSE_LOCATION, storage.location(""));
            all.put(JdbcCatalog.PROPERTY_PREFIX + "schema-version", "V1");
            return all;
        };
        return CatalogConnector.of(
                (storage, io) -> {
                    Map<String, String> all = catalogProperties.apply(storage);
                    return initialized(name, all, io, all.get(CatalogProperties.URI));
                },
                storage -> {
                    Map<String, String> all = catalogProperties.apply(storage);
                    if (all.get(CatalogProperties.URI).startsWith("jdbc:sqlite:")) {
                        all.put(CatalogProperties.CATALOG_IMPL, EngineJdbcCatalog.class.getName());
                    } else {
                        all.put(CatalogUtil.ICEBERG_CATALOG_TYPE, CatalogUtil.ICEBERG_CATALOG_TYPE_JDBC);
                    }
                    return new EngineCatalog(name, all);
                });
    }

    /**
     * A catalog connected to {@code url}, its tables created or upgraded if needed. Two processes starting at once
     * may both try to create or upgrade them, and one of them then fails; it tries again, and finds them done.
     */
    private static JdbcCatalog initialized(String name, Map<String, String> properties, FileIO io, String url) {
        UncheckedSQLException last = null;
        for (int attempt = 0; attempt < INITIALIZE_ATTEMPTS; attempt++) {
            JdbcCatalog catalog = new JdbcCatalog(ignored -> io, props -> new MetadataClosingClientPool(url, props),
                    true);
            try {
                catalog.initialize(name, properties);
                return catalog;
            } catch (UncheckedSQLException e) {
                last = e;
                closeQuietly(catalog);
            }
        }
        throw last;
    }

    private static void closeQuietly(JdbcCatalog catalog) {
        try {
            catalog.close();
        } catch (RuntimeException e) {
            // a catalog whose initialization failed half-way may not close; it holds nothing worth reporting
        }
    }

    /** A SQLite file under a local storage's root, its folder created; no default for any other storage. */
    private static String defaultUrl(Storage storage, String uriKey) {
        String root = storage.location("");
        if (!root.startsWith("file:")) {
            throw new ConfigException(uriKey + ": required when the storage is not local (the lake is at " + root
                    + "); give the JDBC URL of the catalog database");
        }
        Path database = Path.of(URI.create(root)).resolve(DEFAULT_DATABASE);
        try {
            Files.createDirectories(database.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of the Iceberg catalog " + database, e);
        }
        return "jdbc:sqlite:" + database + "?journal_mode=WAL&busy_timeout=30000";
    }
}
