package dev.nfe.redshift;

import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.CatalogRegistrar;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.Loader;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import dev.nfe.core.spi.TransientException;
import dev.nfe.redshift.dialect.Dialect;
import dev.nfe.redshift.dialect.RedshiftDialect;
import dev.nfe.redshift.dialect.RedshiftUnload;
import dev.nfe.redshift.dialect.SqlIdentifier;
import dev.nfe.redshift.dialect.SqlStatement;
import dev.nfe.redshift.dialect.Stager;
import dev.nfe.redshift.loadlog.LoadLog;
import dev.nfe.redshift.loadlog.LoadLogEntry;
import dev.nfe.redshift.loadlog.LoadStatus;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code jdbc} {@link Loader}: loads silver batches into PostgreSQL or Redshift with business rules, exactly once
 * per batch, and publishes the loaded rows to gold.
 *
 * <p>For each batch, one transaction locks the batch, returns {@code ALREADY_LOADED} if the load log has a
 * {@code loaded} row for it, and otherwise stages the silver tables the rules read, runs every rule and writes the
 * {@code loaded} row. A failure rolls all of it back, is recorded as a {@code failed} row in a transaction of its own,
 * and is thrown; transient failures (lost connection, serialization failure, deadlock) are retried first, a rule's
 * SQL error never. After each load, the batch's target rows are published to gold, through a {@code LayerWriter} or,
 * on Redshift, by {@code UNLOAD}. Build one with {@link #builder}; immutable and thread-safe.
 */
public final class JdbcLoader implements Loader {
    private static final Logger log = LoggerFactory.getLogger(JdbcLoader.class);

    private final Warehouse warehouse;
    private final LoadPlan plan;
    private final List<SetupScript> setup;
    private final Optional<GoldPublisher> gold;
    private final Optional<CatalogRegistrar> goldCatalog;
    private final BatchSelection selection;
    private final Retry retry;

    private JdbcLoader(Builder builder, LoadPlan plan, BatchSelection selection) {
        this.warehouse = builder.warehouse;
        this.plan = plan;
        this.setup = List.copyOf(builder.setup);
        this.gold = builder.gold;
        this.goldCatalog = builder.goldCatalog;
        this.selection = selection;
        this.retry = Retry.of("jdbc-load", RetryConfig.custom()
                .maxAttempts(builder.maxAttempts)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(builder.backoff, 2.0, builder.maxBackoff))
                .retryOnException(e -> e instanceof TransientException)
                .build());
        retry.getEventPublisher().onRetry(event -> log.warn("Attempt {} failed transiently, retrying in {} ms: {}",
                event.getNumberOfRetryAttempts(), event.getWaitInterval().toMillis(),
                event.getLastThrowable().getMessage()));
    }

    /**
     * A builder for a loader reaching {@code warehouse}, writing {@code dialect}, staging with {@code stager} from
     * storage holding the silver layer.
     */
    public static Builder builder(Warehouse warehouse, Dialect dialect, Stager stager, Storage storage) {
        return new Builder(warehouse, dialect, stager, storage);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Loads {@code batches} and the batches the configured selection adds, by ingest date then id.
     *
     * @throws TransientException if the warehouse stayed unreachable through every retry
     * @throws NfeException if a rule failed, or a batch's staged rows differ from its manifest; the batches before it
     *     stay loaded
     */
    @Override
    public List<LoadResult> load(List<Batch> batches) {
        return load(batches, plan);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Only the rows of a {@code COPY FROM STDIN} staging are read through {@code silver}; the Redshift stagings
     * read the batch's files from S3 themselves.
     */
    @Override
    public List<LoadResult> load(List<Batch> batches, LayerReader silver) {
        return load(batches, plan.readingFrom(silver));
    }

    private List<LoadResult> load(List<Batch> batches, LoadPlan plan) {
        List<Batch> selected = selection.select(batches);
        if (selected.isEmpty()) {
            return List.of();
        }
        List<LoadResult> results = new ArrayList<>();
        try (Warehouse.Session session = warehouse.open()) {
            withRetry(() -> runSetup(session));
            for (Batch batch : selected) {
                LoadResult result = loadBatch(session, batch, plan);
                gold.ifPresent(publisher -> withRetry(() -> publish(session, publisher, batch, plan)));
                results.add(result);
            }
        }
        return List.copyOf(results);
    }

    /**
     * Creates the load log and runs the setup scripts, as every load call does first; for tools and tests that need
     * the target tables before anything is loaded.
     *
     * @throws TransientException if the warehouse stayed unreachable through every retry
     */
    public void prepare() {
        try (Warehouse.Session session = warehouse.open()) {
            withRetry(() -> runSetup(session));
        }
    }

    /**
     * The silver tables each load stages, in staging order, each with the columns it stages: those the rules may
     * read, or every column (see {@link Builder#stageEveryColumn}).
     */
    public List<Table> stagingTables() {
        return plan.stagingTables();
    }

    /** The load log this loader writes. */
    public LoadLog loadLog() {
        return plan.loadLog();
    }

    private LoadResult loadBatch(Warehouse.Session session, Batch batch, LoadPlan plan) {
        String checksum = Checksums.content(batch);
        Instant startedAt = plan.clock().instant();
        try {
            LoadResult result = withRetry(() -> attempt(session, batch, checksum, startedAt, plan));
            if (result.status() == LoadResult.Status.LOADED) {
                log.info("Loaded batch {} rows={}", batch.id(), result.rowsByTable());
            } else {
                log.info("Batch {} was already loaded", batch.id());
            }
            return result;
        } catch (NfeException e) {
            recordFailure(session, batch, checksum, startedAt, e);
            throw e;
        }
    }

    private LoadResult attempt(Warehouse.Session session, Batch batch, String checksum, Instant startedAt,
            LoadPlan plan) {
        LoadTransaction transaction = new LoadTransaction(plan, batch, checksum, startedAt);
        try (Connection connection = session.connect()) {
            return transaction.run(connection);
        } catch (SQLException e) {
            String message = "Cannot load batch " + batch.id() + " while " + transaction.step() + ": "
                    + SqlStates.describe(e);
            throw SqlStates.isTransient(e) ? new TransientException(message, e) : new NfeException(message, e);
        }
    }

    private void recordFailure(Warehouse.Session session, Batch batch, String checksum, Instant startedAt,
            NfeException failure) {
        LoadLogEntry entry = new LoadLogEntry(batch.id(), plan.ruleSetChecksum(), checksum,
                plan.targets().stream().map(SqlIdentifier::name).toList(), Map.of(), startedAt, plan.clock().instant(),
                LoadStatus.FAILED, Optional.of(String.valueOf(failure.getMessage())));
        try (Connection connection = session.connect()) {
            connection.setAutoCommit(false);
            plan.loadLog().record(connection, entry);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
            log.error("Cannot record the failed load of batch {} in {}", batch.id(), plan.loadLog(), e);
        }
    }

    private Void runSetup(Warehouse.Session session) {
        try (Connection connection = session.connect()) {
            connection.setAutoCommit(false);
            StatementRunner sql = new StatementRunner(connection, plan.statementTimeout());
            try {
                sql.updateAll(plan.loadLog().createStatements());
                for (SetupScript script : setup) {
                    for (SqlTemplate statement : SqlTemplate.parseScript(script.source(), script.sql(),
                            name -> name.equals("schema") ? Optional.of(plan.schema().quoted()) : Optional.empty())) {
                        if (!statement.parameters().isEmpty()) {
                            throw new ConfigException(script.source() + ": setup scripts take no parameters, found :"
                                    + statement.parameters().get(0));
                        }
                        sql.update(SqlStatement.of(statement.sql()));
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            return null;
        } catch (SQLException e) {
            String message = "Cannot prepare the warehouse (load log and setup scripts): " + SqlStates.describe(e);
            throw SqlStates.isTransient(e) ? new TransientException(message, e) : new NfeException(message, e);
        }
    }

    private Void publish(Warehouse.Session session, GoldPublisher publisher, Batch batch, LoadPlan plan) {
        try (Connection connection = session.connect()) {
            PublishedGold published = publisher.publish(connection, plan, batch);
            goldCatalog.ifPresent(catalog -> catalog.register(published.batch(), published.tables()));
            return null;
        } catch (SQLException e) {
            String message = "Cannot publish batch " + batch.id() + " to " + publisher.layer() + ": "
                    + SqlStates.describe(e);
            throw SqlStates.isTransient(e) ? new TransientException(message, e) : new NfeException(message, e);
        }
    }

    private <T> T withRetry(Supplier<T> action) {
        return Retry.decorateSupplier(retry, action).get();
    }

    @Override
    public String toString() {
        return "JdbcLoader[" + plan.dialect().name() + ", " + plan.rules().size() + " rules into " + plan.schema() + "]";
    }

    /** Builds a {@link JdbcLoader}. Not thread-safe. */
    public static final class Builder {
        private final Warehouse warehouse;
        private final Dialect dialect;
        private final Stager stager;
        private final Storage storage;
        private List<Table> silverTables = SilverTables.all();
        private final List<LoadRule> rules = new ArrayList<>();
        private final List<SetupScript> setup = new ArrayList<>();
        private SqlIdentifier schema = SqlIdentifier.of("public");
        private SqlIdentifier loadLogTable = SqlIdentifier.of(LoadLog.DEFAULT_TABLE);
        private SqlIdentifier batchColumn = SqlIdentifier.of("batch_id");
        private Optional<GoldPublisher> gold = Optional.empty();
        private Optional<CatalogRegistrar> goldCatalog = Optional.empty();
        private String silverLayer = "silver";
        private Optional<Duration> window = Optional.empty();
        private List<String> batchIds = List.of();
        private int maxAttempts = 3;
        private Duration backoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration statementTimeout = Duration.ofMinutes(15);
        private Clock clock = Clock.systemUTC();
        private boolean everyColumn;

        private Builder(Warehouse warehouse, Dialect dialect, Stager stager, Storage storage) {
            this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            this.stager = Objects.requireNonNull(stager, "stager");
            this.storage = Objects.requireNonNull(storage, "storage");
        }

        /** The silver tables rules may stage, by name ({@code ${staging.<name>}}); default {@link SilverTables#all()}. */
        public Builder silverTables(List<Table> tables) {
            this.silverTables = List.copyOf(tables);
            return this;
        }

        /** Adds rules, run in order, one per target table. */
        public Builder rules(List<LoadRule> added) {
            rules.addAll(added);
            return this;
        }

        /** Adds setup scripts, run in order before each load call. */
        public Builder setup(List<SetupScript> added) {
            setup.addAll(added);
            return this;
        }

        /** The schema of the target tables and of the load log (default {@code public}). */
        public Builder schema(SqlIdentifier value) {
            this.schema = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The load log's table (default {@code nfe_load_log}). */
        public Builder loadLogTable(SqlIdentifier value) {
            this.loadLogTable = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The target column holding the load batch id, which gold and replace-partition use (default {@code batch_id}). */
        public Builder batchColumn(SqlIdentifier value) {
            this.batchColumn = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Publishes loaded rows to the gold layer {@code layer} of the storage with {@code writer}. */
        public Builder gold(LayerWriter writer, String layer) {
            this.gold = Optional.of(new WriterGoldPublisher(storage, writer, layer));
            return this;
        }

        /**
         * Publishes loaded rows to the gold layer {@code layer} with Redshift's {@code UNLOAD … FORMAT AS PARQUET},
         * committed with the lake's manifest; the S3 root of {@code unload} must be the storage's root.
         *
         * @throws IllegalArgumentException if the dialect is not {@code redshift}
         */
        public Builder goldByUnload(RedshiftUnload unload, String layer) {
            if (!(dialect instanceof RedshiftDialect)) {
                throw new IllegalArgumentException("Cannot publish gold by UNLOAD with dialect " + dialect.name()
                        + ": UNLOAD is Redshift's");
            }
            this.gold = Optional.of(new UnloadGoldPublisher(storage, unload, layer));
            return this;
        }

        /**
         * Registers each gold batch with {@code catalog} once it is published (or found published, so a crash between
         * the two is repaired by the next load); only with {@link #gold} or {@link #goldByUnload}.
         */
        public Builder goldCatalog(CatalogRegistrar catalog) {
            this.goldCatalog = Optional.of(catalog);
            return this;
        }

        /** The silver layer's prefix in storage, for batch selection (default {@code silver}). */
        public Builder silverLayer(String value) {
            this.silverLayer = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Also loads the batches whose manifest was written within {@code value} before now. */
        public Builder window(Duration value) {
            this.window = Optional.of(value);
            return this;
        }

        /** Also loads the batches with these ids. */
        public Builder batchIds(List<String> value) {
            this.batchIds = List.copyOf(value);
            return this;
        }

        /** Attempts per batch for transient failures, and the exponential backoff between them. */
        public Builder retry(int attempts, Duration firstBackoff, Duration longestBackoff) {
            if (attempts < 1) {
                throw new IllegalArgumentException("Cannot retry " + attempts + " times: need at least 1 attempt");
            }
            this.maxAttempts = attempts;
            this.backoff = Objects.requireNonNull(firstBackoff, "firstBackoff");
            this.maxBackoff = Objects.requireNonNull(longestBackoff, "longestBackoff");
            return this;
        }

        /** The longest one statement may run (default 15 minutes); zero for no limit. */
        public Builder statementTimeout(Duration value) {
            this.statementTimeout = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Stages every column of the silver tables the rules read. By default only the columns the rules may read
         * are staged (see {@link ColumnReferences} for how they are found), where the stager can stage some columns
         * of a table; this is for rules that read columns in a way the scan cannot see.
         */
        public Builder stageEveryColumn() {
            this.everyColumn = true;
            return this;
        }

        /** The clock the load log's times come from. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the loader, compiling every rule.
         *
         * @throws ConfigException listing every rule problem: unknown placeholders, silver tables or parameters, or
         *     two rules for one target
         */
        public JdbcLoader build() {
            Map<String, Table> tables = new LinkedHashMap<>();
            silverTables.forEach(table -> tables.put(table.name(), table));
            List<String> problems = new ArrayList<>();
            List<CompiledRule> compiled = new ArrayList<>();
            Set<String> targets = new HashSet<>();
            for (LoadRule rule : rules) {
                if (!targets.add(rule.target().name())) {
                    problems.add(rule.source() + ": another rule already targets " + rule.target().name());
                }
                try {
                    compiled.add(CompiledRule.compile(rule, tables, schema));
                } catch (ConfigException e) {
                    problems.addAll(e.problems());
                }
            }
            if (rules.isEmpty()) {
                problems.add("rules: at least one rule is needed");
            }
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
            LoadPlan plan = new LoadPlan(dialect, stager, compiled, LoadPlan.stagedBy(compiled), everyColumn, schema,
                    batchColumn, new LoadLog(dialect, schema, loadLogTable), Checksums.ruleSet(rules),
                    statementTimeout, clock);
            return new JdbcLoader(this, plan, new BatchSelection(storage, silverLayer, window, batchIds, clock));
        }
    }
}
