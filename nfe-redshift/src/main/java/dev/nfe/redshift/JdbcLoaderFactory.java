package dev.nfe.redshift;

import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.CatalogRegistrarFactory;
import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.Loader;
import dev.nfe.core.spi.LoaderFactory;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.PluginCheck;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StorageFactory;
import dev.nfe.core.spi.Table;
import dev.nfe.redshift.dialect.CopyStdinStager;
import dev.nfe.redshift.dialect.Dialect;
import dev.nfe.redshift.dialect.PostgresDialect;
import dev.nfe.redshift.dialect.RedshiftDialect;
import dev.nfe.redshift.dialect.RedshiftUnload;
import dev.nfe.redshift.dialect.S3Access;
import dev.nfe.redshift.dialect.S3CopyStager;
import dev.nfe.redshift.dialect.SpectrumStager;
import dev.nfe.redshift.dialect.SqlIdentifier;
import dev.nfe.redshift.dialect.Stager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Builds the {@code jdbc} loader from its configuration section:
 *
 * <pre>{@code
 * load:
 *   type: jdbc
 *   dialect: postgresql                 # or redshift
 *   url: embedded                       # or jdbc:postgresql://… / jdbc:redshift://…; absent: from the secret
 *   secret: warehouse                   # a JSON secret: host, port, dbname, username, password
 *   storage: { type: local, root: ./lake }
 *   rules: [ sql/sales_by_item.sql ]
 *   setup: [ sql/schema.sql ]
 *   gold: { writer: parquet, layer: gold }
 * }</pre>
 *
 * The configuration reference lists every key ({@link #configDef()}).
 */
public final class JdbcLoaderFactory implements LoaderFactory, PluginCheck {
    static final String DIALECT = "dialect";
    static final String URL = "url";
    static final String SECRET = "secret";
    static final String USER = "user";
    static final String PASSWORD = "password";
    static final String EMBEDDED = "embedded";
    static final String DATA_DIR = "dataDir";
    static final String LOCK_WAIT = "lockWait";
    static final String TLS = "tls";
    static final String MODE = "mode";
    static final String ROOT_CERT = "rootCert";
    static final String CONNECT_TIMEOUT = "connectTimeout";
    static final String STATEMENT_TIMEOUT = "statementTimeout";
    static final String SCHEMA = "schema";
    static final String LOAD_LOG = "loadLog";
    static final String BATCH_COLUMN = "batchColumn";
    static final String RULES = "rules";
    static final String SETUP = "setup";
    static final String STORAGE = "storage";
    static final String SILVER = "silver";
    static final String GOLD = "gold";
    static final String ENABLED = "enabled";
    static final String WRITER = "writer";
    static final String LAYER = "layer";
    static final String CATALOG = "catalog";
    static final String UNLOAD = "unload";
    static final String SELECT = "select";
    static final String WINDOW = "window";
    static final String BATCH_IDS = "batchIds";
    static final String RETRY = "retry";
    static final String MAX_ATTEMPTS = "maxAttempts";
    static final String BACKOFF = "backoff";
    static final String MAX_BACKOFF = "maxBackoff";
    static final String REDSHIFT = "redshift";
    static final String S3_ROOT = "s3Root";
    static final String IAM_ROLE = "iamRole";
    static final String STAGING = "staging";
    static final String STAGED_COLUMNS = "stagedColumns";
    static final String EXTERNAL_SCHEMA = "externalSchema";
    static final String CATALOG_DATABASE = "catalogDatabase";

    private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]{0,62}";
    private static final String SEGMENT = "[a-z0-9][a-z0-9_-]*";
    private static final String EMBEDDED_URL = "embedded";
    private static final String REDSHIFT_DRIVER = "com.amazon.redshift.jdbc.Driver";

    static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.oneOf(DIALECT, "postgresql", "redshift").withDefault("postgresql")
                    .doc("The warehouse's SQL dialect."),
            ConfigKey.string(URL)
                    .doc("'embedded' for an embedded PostgreSQL, or a JDBC URL (jdbc:postgresql://…, jdbc:redshift://…)."
                            + " Default: built from the secret's host, port and dbname, else embedded."),
            ConfigKey.string(SECRET)
                    .doc("Name of a JSON secret with username and password (and host, port, dbname), the shape "
                            + "Secrets Manager uses for Redshift."),
            ConfigKey.string(USER).doc("Database user, when no secret is given."),
            ConfigKey.string(PASSWORD).sensitive().doc("Database password, when no secret is given."),
            ConfigKey.section(EMBEDDED, ConfigDef.of(
                    ConfigKey.path(DATA_DIR).doc("Data directory of the embedded PostgreSQL, kept across runs. "
                            + "Default: _warehouse/postgresql under a local storage's root."),
                    ConfigKey.duration(LOCK_WAIT).withDefault("10m")
                            .doc("Longest wait for another run of the lake to stop its embedded PostgreSQL (the "
                                    + "data directory is locked by the run using it).")))
                    .doc("The embedded PostgreSQL of url: embedded."),
            ConfigKey.section(TLS, ConfigDef.of(
                    ConfigKey.oneOf(MODE, "prefer", "disable", "require", "verify-ca", "verify-full")
                            .withDefault("prefer").doc("TLS mode, as PostgreSQL's sslmode."),
                    ConfigKey.path(ROOT_CERT).doc("CA certificate file that verify-ca and verify-full check the "
                            + "server against.")))
                    .doc("TLS to the warehouse."),
            ConfigKey.duration(CONNECT_TIMEOUT).withDefault("30s").doc("Longest wait to connect."),
            ConfigKey.duration(STATEMENT_TIMEOUT).withDefault("15m")
                    .doc("Longest one statement may run; 0s for no limit."),
            ConfigKey.string(SCHEMA).matching(IDENTIFIER).withDefault("public")
                    .doc("Schema of the target tables and the load log."),
            ConfigKey.string(LOAD_LOG).matching(IDENTIFIER).withDefault("nfe_load_log").doc("Load log table."),
            ConfigKey.string(BATCH_COLUMN).matching(IDENTIFIER).withDefault("batch_id")
                    .doc("Target column holding the load batch id; gold selects by it."),
            ConfigKey.list(RULES).required()
                    .doc("Rule files (paths or class path resources), one per target table, run in order."),
            ConfigKey.oneOf(STAGED_COLUMNS, "referenced", "all").withDefault("referenced")
                    .doc("referenced: stage only the silver columns the rules name (a rule reading whole rows, with *, "
                            + "t.*, a table alias as a value or NATURAL JOIN, stages every column of those tables); "
                            + "all: every column. Redshift's COPY staging always stages every column."),
            ConfigKey.list(SETUP).withDefault(List.of())
                    .doc("Idempotent SQL scripts run before each load (CREATE TABLE IF NOT EXISTS …)."),
            ConfigKey.plugin(STORAGE).required()
                    .doc("The lake's storage, holding silver and receiving gold: local, s3."),
            ConfigKey.string(SILVER).matching(SEGMENT).withDefault("silver").doc("Prefix of the silver layer."),
            ConfigKey.section(GOLD, ConfigDef.of(
                    ConfigKey.bool(ENABLED).withDefault(true).doc("Whether loaded rows are published to gold."),
                    ConfigKey.plugin(WRITER).withDefault("parquet")
                            .doc("Gold layer writer: a layer writer plugin (parquet), or unload for Redshift's "
                                    + "UNLOAD … FORMAT AS PARQUET into the lake under redshift.s3Root (dialect "
                                    + "redshift only)."),
                    ConfigKey.string(LAYER).matching(SEGMENT).withDefault("gold").doc("Prefix of the gold layer."),
                    ConfigKey.plugin(CATALOG).withDefault("none")
                            .doc("Registers gold tables and the partitions of each published batch for query "
                                    + "engines, with the keys of transform.catalog: none, glue.")))
                    .doc("Publishing loaded rows to the gold layer."),
            ConfigKey.section(SELECT, ConfigDef.of(
                    ConfigKey.duration(WINDOW).doc("Also load batches whose manifest was written this recently."),
                    ConfigKey.list(BATCH_IDS).withDefault(List.of()).doc("Also load these batches.")))
                    .doc("Which silver batches to load besides those the pipeline hands over."),
            ConfigKey.section(RETRY, ConfigDef.of(
                    ConfigKey.integer(MAX_ATTEMPTS).atLeast(1).withDefault(3)
                            .doc("Attempts per batch when the failure is transient."),
                    ConfigKey.duration(BACKOFF).withDefault("1s").doc("Wait before the second attempt; doubles."),
                    ConfigKey.duration(MAX_BACKOFF).withDefault("30s").doc("Longest wait between attempts.")))
                    .doc("Retries of transient failures (lost connection, serialization failure, deadlock)."),
            ConfigKey.section(REDSHIFT, ConfigDef.of(
                    ConfigKey.string(S3_ROOT).doc("S3 URI of the storage root (s3://bucket/prefix)."),
                    ConfigKey.string(IAM_ROLE).doc("IAM role ARN Redshift reads the lake with."),
                    ConfigKey.oneOf(STAGING, "copy", "spectrum").withDefault("copy")
                            .doc("copy: COPY … FORMAT AS PARQUET; spectrum: an external table over the batch."),
                    ConfigKey.string(EXTERNAL_SCHEMA).matching(IDENTIFIER).withDefault("nfe_silver")
                            .doc("Spectrum external schema."),
                    ConfigKey.string(CATALOG_DATABASE).withDefault("nfe_silver")
                            .doc("Data Catalog database of the external schema.")))
                    .doc("Redshift staging settings (dialect: redshift)."));

    private final Supplier<List<Table>> silverTables;

    /** A factory whose rules may stage every silver table; the constructor {@code ServiceLoader} uses. */
    public JdbcLoaderFactory() {
        this(SilverTables::all);
    }

    /** A factory whose rules may stage {@code silverTables}. */
    public JdbcLoaderFactory(Supplier<List<Table>> silverTables) {
        this.silverTables = Objects.requireNonNull(silverTables, "silverTables");
    }

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
    public Loader create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        ConfigSection storageSection = values.plugin(STORAGE);
        Storage storage = NestedPlugins.create(StorageFactory.class, storageSection, context);
        String dialectName = values.string(DIALECT);
        Dialect dialect = dialectName.equals("redshift") ? RedshiftDialect.create() : PostgresDialect.forVersion(14);
        List<String> problems = new ArrayList<>();
        List<LoadRule> rules = sqlFiles(values, RULES, LoadRule::load, problems);
        List<SetupScript> setup = sqlFiles(values, SETUP, SetupScript::load, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        JdbcLoader.Builder builder = JdbcLoader.builder(warehouse(values, storageSection, context), dialect,
                        stager(values, dialectName, storage), storage)
                .silverTables(silverTables.get())
                .rules(rules)
                .setup(setup)
                .schema(SqlIdentifier.of(values.string(SCHEMA)))
                .loadLogTable(SqlIdentifier.of(values.string(LOAD_LOG)))
                .batchColumn(SqlIdentifier.of(values.string(BATCH_COLUMN)))
                .silverLayer(values.string(SILVER))
                .statementTimeout(values.duration(STATEMENT_TIMEOUT))
                .clock(context.clock());
        if (values.string(STAGED_COLUMNS).equals("all")) {
            builder.stageEveryColumn();
        }
        ConfigValues select = values.section(SELECT);
        if (select.isSet(WINDOW)) {
            builder.window(select.duration(WINDOW));
        }
        builder.batchIds(select.list(BATCH_IDS));
        ConfigValues retry = values.section(RETRY);
        builder.retry(retry.intValue(MAX_ATTEMPTS), atLeastOneMilli(retry.duration(BACKOFF)),
                atLeastOneMilli(retry.duration(MAX_BACKOFF)));
        ConfigValues gold = values.section(GOLD);
        if (gold.booleanValue(ENABLED)) {
            ConfigSection writer = gold.plugin(WRITER);
            if (writer.string("type").orElse("").equals(UNLOAD)) {
                if (!dialectName.equals("redshift")) {
                    throw new ConfigException(gold.keyPath(WRITER) + ": unload needs dialect redshift, was '"
                            + dialectName + "'");
                }
                builder.goldByUnload(new RedshiftUnload(s3Access(values)), gold.string(LAYER));
            } else {
                builder.gold(NestedPlugins.create(LayerWriterFactory.class, writer, context), gold.string(LAYER));
            }
            builder.goldCatalog(NestedPlugins.create(CatalogRegistrarFactory.class, gold.plugin(CATALOG), context));
        }
        return builder.build();
    }

    /**
     * Offline: the URL against the drivers on the class path and the dialect, the settings Redshift needs, the rule
     * and setup files, and the nested storage section's keys. Values still holding a {@code ${secret:…}} placeholder
     * are not judged.
     */
    @Override
    public List<String> offlineProblems(ConfigSection config) {
        List<String> problems = new ArrayList<>();
        ConfigValues values = config.bind(DEFINITION, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        boolean redshift = values.string(DIALECT).equals("redshift");
        if (values.isSet(URL) && !isPlaceholder(values.string(URL))) {
            urlProblem(values, redshift).ifPresent(problems::add);
        }
        if (redshift) {
            ConfigValues section = values.section(REDSHIFT);
            for (String key : List.of(S3_ROOT, IAM_ROLE)) {
                if (!section.isSet(key)) {
                    problems.add(section.keyPath(key) + ": required for dialect redshift; set the "
                            + (key.equals(S3_ROOT) ? "S3 URI of the storage root (s3://bucket/prefix)"
                                    : "ARN of the IAM role Redshift reads the lake with"));
                }
            }
        }
        sqlFiles(values, RULES, LoadRule::load, problems);
        sqlFiles(values, SETUP, SetupScript::load, problems);
        problems.addAll(NestedPlugins.problems(StorageFactory.class, values.plugin(STORAGE)));
        ConfigValues gold = values.section(GOLD);
        ConfigSection writer = gold.plugin(WRITER);
        if (gold.booleanValue(ENABLED)) {
            problems.addAll(NestedPlugins.problems(CatalogRegistrarFactory.class, gold.plugin(CATALOG)));
        }
        if (gold.booleanValue(ENABLED) && !writer.string("type").orElse("").equals(UNLOAD)) {
            problems.addAll(NestedPlugins.problems(LayerWriterFactory.class, writer));
        } else if (gold.booleanValue(ENABLED) && !redshift) {
            problems.add(gold.keyPath(WRITER) + ": unload needs dialect redshift; set " + values.keyPath(DIALECT)
                    + ": redshift or use writer: parquet");
        }
        return problems;
    }

    private static Optional<String> urlProblem(ConfigValues values, boolean redshift) {
        String url = values.string(URL).trim();
        String key = values.keyPath(URL);
        if (url.equals(EMBEDDED_URL)) {
            return redshift ? Optional.of(key + ": embedded is PostgreSQL, not Redshift; give a JDBC URL or a secret "
                    + "with host, port and dbname") : Optional.empty();
        }
        if (!url.startsWith("jdbc:")) {
            return Optional.of(key + ": must be 'embedded' or a JDBC URL starting with jdbc:, was '"
                    + url.substring(0, Math.min(url.length(), 20)) + "'");
        }
        if (url.startsWith("jdbc:redshift:") && !isRedshiftDriverPresent()) {
            return Optional.of(key + ": jdbc:redshift: needs the Amazon Redshift JDBC driver "
                    + "(com.amazon.redshift:redshift-jdbc42), which is not on the class path; add it, or write the "
                    + "URL as jdbc:postgresql://<cluster endpoint>:5439/<database> for the PostgreSQL driver that is");
        }
        try {
            DriverManager.getDriver(url);
        } catch (SQLException e) {
            return Optional.of(key + ": no JDBC driver on the class path accepts "
                    + url.substring(0, url.indexOf(':', 5) + 1) + "…; add org.postgresql:postgresql or "
                    + "com.amazon.redshift:redshift-jdbc42");
        }
        if (url.startsWith("jdbc:redshift:") && !redshift) {
            return Optional.of(values.keyPath(DIALECT) + ": is postgresql but " + key + " is a Redshift URL; set "
                    + values.keyPath(DIALECT) + ": redshift");
        }
        return Optional.empty();
    }

    private static boolean isPlaceholder(String value) {
        return value.contains("${secret:");
    }

    /** Online: connects to the warehouse and runs {@code SELECT 1}; an embedded PostgreSQL is not started. */
    @Override
    public String tryConnection(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        Warehouse warehouse = warehouse(values, values.plugin(STORAGE), context);
        if (warehouse instanceof EmbeddedWarehouse) {
            return "embedded PostgreSQL, started by the load stage itself (not tried)";
        }
        try (Warehouse.Session session = warehouse.open();
                Connection connection = session.connect();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, values.duration(CONNECT_TIMEOUT).toSeconds()));
            statement.execute("SELECT 1");
            DatabaseMetaData meta = connection.getMetaData();
            return "connected to " + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                    + " as " + meta.getUserName() + "; SELECT 1 ran";
        } catch (SQLException e) {
            throw new NfeException("cannot connect to the warehouse: " + e.getMessage() + " (SQL state "
                    + e.getSQLState() + ")", e);
        }
    }

    /**
     * The SQL files listed under {@code key}, each read and parsed by {@code load} from its key path and location; the
     * problems of every file are appended to {@code problems}, so that all are reported at once.
     */
    private static <T> List<T> sqlFiles(ConfigValues values, String key, BiFunction<String, String, T> load,
            List<String> problems) {
        List<String> locations = values.list(key);
        List<T> files = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            try {
                files.add(load.apply(values.keyPath(key) + "[" + i + "]", locations.get(i)));
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        return files;
    }

    private static Duration atLeastOneMilli(Duration value) {
        return value.toMillis() < 1 ? Duration.ofMillis(1) : value;
    }

    private static Stager stager(ConfigValues values, String dialect, Storage storage) {
        if (dialect.equals("postgresql")) {
            return new CopyStdinStager((batch, table) -> new ManifestLayerReader(storage, batch.layer()).rows(batch, table));
        }
        ConfigValues redshift = values.section(REDSHIFT);
        S3Access s3 = s3Access(values);
        if (redshift.string(STAGING).equals("spectrum")) {
            return new SpectrumStager(s3, SqlIdentifier.of(redshift.string(EXTERNAL_SCHEMA)),
                    redshift.string(CATALOG_DATABASE));
        }
        return new S3CopyStager(s3);
    }

    private static S3Access s3Access(ConfigValues values) {
        ConfigValues redshift = values.section(REDSHIFT);
        List<String> problems = new ArrayList<>();
        for (String key : List.of(S3_ROOT, IAM_ROLE)) {
            if (!redshift.isSet(key)) {
                problems.add(redshift.keyPath(key) + ": required for dialect redshift");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new S3Access(redshift.string(S3_ROOT), redshift.string(IAM_ROLE));
    }

    private static Warehouse warehouse(ConfigValues values, ConfigSection storage, PluginContext context) {
        Optional<WarehouseSecret> secret = values.isSet(SECRET)
                ? Optional.of(WarehouseSecret.parse(values.keyPath(SECRET), context.secrets().resolve(values.string(SECRET))
                        .orElseThrow(() -> new ConfigException(values.keyPath(SECRET) + ": no secret called '"
                                + values.string(SECRET) + "'"))))
                : Optional.empty();
        boolean redshift = values.string(DIALECT).equals("redshift");
        String url = values.isSet(URL) ? values.string(URL).trim()
                : secret.flatMap(s -> s.url(redshift && isRedshiftDriverPresent() ? "redshift" : "postgresql",
                        redshift ? 5439 : 5432)).orElse(EMBEDDED_URL);
        if (url.equals(EMBEDDED_URL)) {
            if (redshift) {
                throw new ConfigException(values.keyPath(URL) + ": embedded is PostgreSQL, not Redshift; give a JDBC URL "
                        + "or a secret with host, port and dbname");
            }
            EmbeddedPostgres.requireOnClassPath(JdbcLoaderFactory.class.getClassLoader(),
                    values.keyPath(URL) + ": embedded");
            return new EmbeddedWarehouse(embeddedDataDirectory(values, storage),
                    values.section(EMBEDDED).duration(LOCK_WAIT));
        }
        requireDriver(values.keyPath(URL), url);
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", "nfe-pipeline");
        secret.ifPresentOrElse(s -> {
            properties.setProperty("user", s.username());
            properties.setProperty("password", s.password().reveal());
        }, () -> {
            if (values.isSet(USER)) {
                properties.setProperty("user", values.string(USER));
            }
            if (values.isSet(PASSWORD)) {
                Secret password = values.secret(PASSWORD);
                properties.setProperty("password", password.reveal());
            }
        });
        long connectSeconds = Math.max(1, values.duration(CONNECT_TIMEOUT).toSeconds());
        properties.setProperty("connectTimeout", Long.toString(connectSeconds));
        properties.setProperty("loginTimeout", Long.toString(connectSeconds));
        ConfigValues tls = values.section(TLS);
        String mode = tls.string(MODE);
        properties.setProperty("sslmode", mode);
        if (!mode.equals("disable") && !mode.equals("prefer")) {
            properties.setProperty("ssl", "true");
        }
        if (tls.isSet(ROOT_CERT)) {
            properties.setProperty("sslrootcert", tls.pathValue(ROOT_CERT).toString());
        }
        return new DriverWarehouse(url, properties);
    }

    private static Path embeddedDataDirectory(ConfigValues values, ConfigSection storage) {
        ConfigValues embedded = values.section(EMBEDDED);
        if (embedded.isSet(DATA_DIR)) {
            return embedded.pathValue(DATA_DIR);
        }
        // The lake folder of a local storage is its root key; other storages have no folder to keep data under.
        if (storage.string("type").orElse("").equals("local") && storage.string("root").isPresent()) {
            return Path.of(storage.string("root").get()).resolve("_warehouse").resolve("postgresql");
        }
        throw new ConfigException(embedded.keyPath(DATA_DIR) + ": required when storage is not local");
    }

    private static void requireDriver(String keyPath, String url) {
        if (!url.startsWith("jdbc:")) {
            throw new ConfigException(keyPath + ": must be 'embedded' or a JDBC URL starting with jdbc:");
        }
        try {
            Driver driver = DriverManager.getDriver(url);
            Objects.requireNonNull(driver, "driver");
        } catch (SQLException e) {
            throw new ConfigException(keyPath + ": no JDBC driver on the class path accepts "
                    + url.substring(0, url.indexOf(':', 5) + 1) + "…; add org.postgresql:postgresql or "
                    + "com.amazon.redshift:redshift-jdbc42", e);
        }
    }

    private static boolean isRedshiftDriverPresent() {
        try {
            Class.forName(REDSHIFT_DRIVER, false, JdbcLoaderFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
