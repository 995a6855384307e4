package dev.nfe.redshift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.iceberg.IcebergLayerWriterFactory;
import dev.nfe.core.iceberg.IcebergTables;
import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.Loader.LoadResult;
import dev.nfe.core.spi.Loader.LoadResult.Status;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import dev.nfe.redshift.dialect.CopyStdinStager;
import dev.nfe.redshift.dialect.PostgresDialect;
import dev.nfe.redshift.dialect.SqlIdentifier;
import dev.nfe.redshift.loadlog.LoadLogEntry;
import dev.nfe.redshift.loadlog.LoadStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jdbc loader against a real embedded PostgreSQL, one server for the class and a fresh schema per test. */
class JdbcLoaderPostgresTest {
    private static final String SCHEMA = "nfe_test";
    private static final Instant T1 = Instant.parse("2026-01-02T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-02T11:00:00Z");
    private static final String CHAVE_A = "35260112345678000195550010000000011000000011";
    private static final String CHAVE_B = "35260112345678000195550010000000021000000022";

    private static SharedPostgres postgres;

    @TempDir
    Path lake;

    private SilverFixture silver;

    @BeforeAll
    static void startPostgres(@TempDir Path data) {
        postgres = SharedPostgres.start(data.resolve("pg"));
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @BeforeEach
    void freshSchema() throws SQLException {
        postgres.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        silver = new SilverFixture(new LocalStorage(lake));
    }

    private JdbcLoader.Builder loader(LoadRule... extraRules) {
        List<LoadRule> rules = new ArrayList<>(List.of(LoadRule.load("rules/sales_by_item.sql"),
                LoadRule.load("rules/sales_by_uf.sql")));
        rules.addAll(List.of(extraRules));
        return JdbcLoader.builder(postgres.warehouse(), PostgresDialect.forVersion(14),
                        new CopyStdinStager((batch, table) -> new ManifestLayerReader(silver.storage(), batch.layer()).rows(batch, table)),
                        silver.storage())
                .silverTables(SilverFixture.TABLES)
                .schema(SqlIdentifier.of(SCHEMA))
                .setup(List.of(SetupScript.load("rules/schema.sql"), new SetupScript("sequences",
                        "CREATE SEQUENCE IF NOT EXISTS ${schema}.fault;"
                                + "CREATE TABLE IF NOT EXISTS ${schema}.checks (chave varchar(44), batch_id varchar(128))")))
                .rules(rules)
                .gold(silver.writer(), "gold")
                .retry(3, Duration.ofMillis(1), Duration.ofMillis(1));
    }

    /** Records how many columns the staging table of nfe_item has, read from the catalog. */
    private static final LoadRule STAGED_SHAPE = LoadRule.parse("staged_shape.sql",
            "SELECT COUNT(*) AS item_columns, :batch_id AS batch_id FROM pg_attribute AS a\n"
                    + "WHERE a.attnum > 0 AND NOT a.attisdropped\n"
                    + "  AND a.attrelid = (SELECT i.tableoid FROM ${staging.nfe_item} AS i LIMIT 1)");
    private static final SetupScript SHAPE_TABLE = new SetupScript("shape",
            "CREATE TABLE IF NOT EXISTS ${schema}.staged_shape (item_columns bigint, batch_id varchar(128))");

    private long stagedItemColumns() throws SQLException {
        return (Long) postgres.query("SELECT item_columns FROM " + SCHEMA + ".staged_shape").get(0).get("item_columns");
    }

    private Batch firstBatch() {
        return silver.batch("b1")
                .document(CHAVE_A, "SP", T1, "10.00", "5.50")
                .document(CHAVE_B, "RJ", T1, "7.25")
                .commit();
    }

    private List<LoadLogEntry> logOf(JdbcLoader loader, String batchId) throws SQLException {
        try (Connection connection = postgres.server().connect()) {
            return loader.loadLog().entries(connection, batchId);
        }
    }

    @Test
    void load_newBatch_runsEveryRuleAndLogsTheLoad() throws SQLException {
        JdbcLoader loader = loader().build();
        Batch batch = firstBatch();

        List<LoadResult> results = loader.load(List.of(batch));

        assertThat(results).containsExactly(new LoadResult("b1", Status.LOADED,
                Map.of("sales_by_item", 3L, "sales_by_uf", 2L)));
        assertThat(postgres.query("SELECT chave, n_item, prod_v_prod, cancelled FROM " + SCHEMA
                + ".sales_by_item ORDER BY chave, n_item"))
                .containsExactly(
                        Map.of("chave", CHAVE_A, "n_item", 1, "prod_v_prod", new BigDecimal("10.00"), "cancelled", false),
                        Map.of("chave", CHAVE_A, "n_item", 2, "prod_v_prod", new BigDecimal("5.50"), "cancelled", false),
                        Map.of("chave", CHAVE_B, "n_item", 1, "prod_v_prod", new BigDecimal("7.25"), "cancelled", false));
        assertThat(postgres.query("SELECT uf, total, documents FROM " + SCHEMA + ".sales_by_uf ORDER BY uf"))
                .containsExactly(Map.of("uf", "RJ", "total", new BigDecimal("7.25"), "documents", 1L),
                        Map.of("uf", "SP", "total", new BigDecimal("15.50"), "documents", 1L));
        List<LoadLogEntry> log = logOf(loader, "b1");
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LoadStatus.LOADED);
            assertThat(entry.tables()).containsExactly("sales_by_item", "sales_by_uf");
            assertThat(entry.rowCounts()).containsExactly(Map.entry("sales_by_item", 3L), Map.entry("sales_by_uf", 2L));
            assertThat(entry.contentChecksum()).isEqualTo(Checksums.content(batch)).hasSize(64);
            assertThat(entry.ruleSetChecksum()).hasSize(64);
        });
    }

    @Test
    void load_rerunOfLoadedBatch_isNoOp() throws SQLException {
        JdbcLoader loader = loader().build();
        Batch batch = firstBatch();
        loader.load(List.of(batch));

        List<LoadResult> rerun = loader.load(List.of(batch));

        assertThat(rerun).containsExactly(new LoadResult("b1", Status.ALREADY_LOADED, Map.of()));
        assertThat(postgres.count("SELECT COUNT(*) FROM " + SCHEMA + ".sales_by_item")).isEqualTo(3);
        assertThat(postgres.count("SELECT COUNT(*) FROM " + SCHEMA + ".sales_by_uf")).isEqualTo(2);
        assertThat(logOf(loader, "b1")).hasSize(1);
    }

    @Test
    void load_ruleFailsMidLoad_rollsBackLogsFailedAndRetrySucceeds() throws SQLException {
        // The third rule divides by zero on the sequence's first value only: the first load fails, the next passes.
        LoadRule failing = LoadRule.parse("checks.sql", "SELECT n.chave, :batch_id AS batch_id FROM ${staging.nfe} AS n"
                + " WHERE 1 / (CASE WHEN nextval('" + SCHEMA + ".fault') = 1 THEN 0 ELSE 1 END) = 1");
        JdbcLoader loader = loader(failing).build();
        Batch batch = firstBatch();

        assertThatThrownBy(() -> loader.load(List.of(batch)))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Cannot load batch b1 while running rule checks.sql")
                .hasMessageContaining("22012");
        assertThat(postgres.count("SELECT COUNT(*) FROM " + SCHEMA + ".sales_by_item")).isZero();
        assertThat(postgres.count("SELECT last_value FROM " + SCHEMA + ".fault")).isEqualTo(1);
        assertThat(logOf(loader, "b1")).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LoadStatus.FAILED);
            assertThat(entry.error()).hasValueSatisfying(error -> assertThat(error).contains("division by zero"));
            assertThat(entry.rowCounts()).isEmpty();
        });

        List<LoadResult> retry = loader.load(List.of(batch));

        assertThat(retry).extracting(LoadResult::status).containsExactly(Status.LOADED);
        assertThat(postgres.count("SELECT COUNT(*) FROM " + SCHEMA + ".sales_by_item")).isEqualTo(3);
        assertThat(logOf(loader, "b1")).extracting(LoadLogEntry::status)
                .containsExactly(LoadStatus.FAILED, LoadStatus.LOADED);
    }

    @Test
    void load_connectionLostMidLoad_isRetriedAndLoadsOnce() throws SQLException {
        LoadRule killing = LoadRule.parse("checks.sql", "SELECT n.chave, :batch_id AS batch_id FROM ${staging.nfe} AS n"
                + " WHERE CASE WHEN nextval('" + SCHEMA + ".fault') = 1 THEN pg_terminate_backend(pg_backend_pid()) ELSE true END");
        JdbcLoader loader = loader(killing).build();

        List<LoadResult> results = loader.load(List.of(firstBatch()));

        assertThat(results).extracting(LoadResult::status).containsExactly(Status.LOADED);
        assertThat(postgres.count("SELECT last_value FROM " + SCHEMA + ".fault")).isGreaterThan(1);
        assertThat(postgres.count("SELECT COUNT(*) FROM " + SCHEMA + ".sales_by_item")).isEqualTo(3);
        assertThat(logOf(loader, "b1")).extracting(LoadLogEntry::status).containsExactly(LoadStatus.LOADED);
    }

    @Test
    void load_updatedDocumentInLaterBatch_mergeKeepsLatestByProtocolTime() throws SQLException {
        JdbcLoader loader = loader().build();
        Batch first = firstBatch();
        Batch updated = silver.batch("b2").document(CHAVE_A, "SP", T2, "12.00", "5.50").commit();
        Batch stale = silver.batch("b3").document(CHAVE_A, "SP", T1, "99.00", "99.00").commit();

        loader.load(List.of(first, updated, stale));

        assertThat(postgres.query("SELECT n_item, prod_v_prod, batch_id FROM " + SCHEMA
                + ".sales_by_item WHERE chave = '" + CHAVE_A + "' ORDER BY n_item"))
                .containsExactly(Map.of("n_item", 1, "prod_v_prod", new BigDecimal("12.00"), "batch_id", "b2"),
                        Map.of("n_item", 2, "prod_v_prod", new BigDecimal("5.50"), "batch_id", "b2"));
    }

    @Test
    void load_cancellationInLaterBatch_flagsTheSale() throws SQLException {
        JdbcLoader loader = loader().build();
        loader.load(List.of(firstBatch()));
        Batch cancellation = silver.batch("b2").cancellation(CHAVE_A, T2).correction(CHAVE_B, T2).commit();

        List<LoadResult> results = loader.load(List.of(cancellation));

        assertThat(results.get(0).rowsByTable()).containsEntry("sales_by_item", 2L);
        assertThat(postgres.query("SELECT chave, n_item, cancelled, prod_v_prod FROM " + SCHEMA
                + ".sales_by_item ORDER BY chave, n_item"))
                .containsExactly(
                        Map.of("chave", CHAVE_A, "n_item", 1, "cancelled", true, "prod_v_prod", new BigDecimal("10.00")),
                        Map.of("chave", CHAVE_A, "n_item", 2, "cancelled", true, "prod_v_prod", new BigDecimal("5.50")),
                        Map.of("chave", CHAVE_B, "n_item", 1, "cancelled", false, "prod_v_prod", new BigDecimal("7.25")));
    }

    @Test
    void load_twoLoadersOfOneBatchAtOnce_loadItOnce() throws Exception {
        // The gate rule blocks on an advisory lock the test holds, so the first loader sits inside its transaction
        // until the second is seen waiting for the batch lock.
        LoadRule gate = LoadRule.parse("checks.sql", "SELECT n.chave, :batch_id AS batch_id FROM ${staging.nfe} AS n"
                + " CROSS JOIN (SELECT pg_advisory_xact_lock_shared(4242)) AS gate");
        JdbcLoader first = loader(gate).build();
        JdbcLoader second = loader(gate).build();
        Batch batch = firstBatch();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Connection holder = postgres.server().connect(); Statement statement = holder.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(4242)");
            CountDownLatch start = new CountDownLatch(1);
            Future<List<LoadResult>> a = threads.submit(() -> {
                start.await();
                return first.load(List.of(batch));
            });
            Future<List<LoadResult>> b = threads.submit(() -> {
                start.await();
                return second.load(List.of(batch));
            });
            start.countDown();
            awaitWaitingLocks(2);
            statement.execute("SELECT pg_advisory_unlock(4242)");

            List<Status> statuses = Stream.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS))
                    .map(results -> results.get(0).status()).toList();

            assertThat(statuses).containsExactlyInAnyOrder(Status.LOADED, Status.ALREADY_LOADED);
        } finally {
            threads.shutdownNow();
        }
        assertThat(postgres.count("SELECT COUNT(*) FROM " + SCHEMA + ".sales_by_item")).isEqualTo(3);
        assertThat(postgres.count("SELECT COUNT(*) FROM " + SCHEMA + ".checks")).isEqualTo(2);
        assertThat(logOf(first, "b1")).extracting(LoadLogEntry::status).containsExactly(LoadStatus.LOADED);
    }

    /** Waits until {@code count} sessions wait for advisory locks: the gate and the batch lock. */
    private static void awaitWaitingLocks(int count) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (postgres.count("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The two loaders never both waited for a lock");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void load_icebergGold_mirrorsEveryTargetTableAfterEachLoadAndKeepsTheEarlierState() throws SQLException {
        LayerWriter iceberg = new IcebergLayerWriterFactory().create(ConfigSection.empty("load.gold.writer"),
                SilverFixture.CONTEXT);
        JdbcLoader loader = loader().gold(iceberg, "gold").build();
        IcebergTables gold = IcebergTables.of(iceberg, silver.storage(), "gold").orElseThrow();

        loader.load(List.of(firstBatch()));
        List<List<Object>> afterFirst = icebergRows(gold, "sales_by_item", IcebergTables.AsOf.CURRENT);
        long firstSnapshot = gold.tables().stream().filter(table -> table.name().equals("sales_by_item"))
                .findFirst().orElseThrow().snapshots().get(0).id();
        loader.load(List.of(silver.batch("b2").document(CHAVE_A, "SP", T2, "12.00", "5.50").commit()));

        for (String table : List.of("sales_by_item", "sales_by_uf")) {
            List<List<Object>> warehouse = postgres.query("SELECT * FROM " + SCHEMA + "." + table).stream()
                    .map(row -> row.values().stream()
                            .map(value -> value instanceof Timestamp time ? (Object) time.toInstant() : value)
                            .toList())
                    .toList();
            assertThat(icebergRows(gold, table, IcebergTables.AsOf.CURRENT)).as(table)
                    .containsExactlyInAnyOrderElementsOf(warehouse);
        }
        assertThat(icebergRows(gold, "sales_by_item", new IcebergTables.AsOf.AtSnapshot(firstSnapshot)))
                .containsExactlyInAnyOrderElementsOf(afterFirst)
                .noneMatch(row -> row.contains(new BigDecimal("12.00")));
        assertThat(afterFirst).hasSize(3);
    }

    /** The rows of a gold Iceberg table without its ingest_date. */
    private static List<List<Object>> icebergRows(IcebergTables gold, String table, IcebergTables.AsOf asOf) {
        try (Stream<Row> rows = gold.rows(table, asOf)) {
            return rows.map(row -> {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < row.size() - 1; i++) {
                    values.add(row.get(i));
                }
                return values;
            }).toList();
        }
    }

    @Test
    void load_publishesGoldEqualToTargetRows() throws SQLException {
        JdbcLoader loader = loader().build();
        Batch batch = firstBatch();

        loader.load(List.of(batch));

        ManifestLayerReader gold = new ManifestLayerReader(silver.storage(), "gold");
        Batch published = gold.batch(SilverFixture.INGEST_DATE, "b1").orElseThrow();
        Table table = new Table("sales_by_item", List.of(
                new Column("chave", ColumnType.TEXT, true, "x"),
                new Column("n_item", ColumnType.INT, true, "x"),
                new Column("prod_c_prod", ColumnType.TEXT, false, "x"),
                new Column("emit_uf", ColumnType.TEXT, false, "x"),
                new Column("prod_v_prod", ColumnType.MONEY, false, "x"),
                new Column("prot_nfe_dh_recbto", ColumnType.TIMESTAMP, false, "x"),
                new Column("cancelled", ColumnType.BOOLEAN, true, "x"),
                new Column("batch_id", ColumnType.TEXT, true, "x")));
        List<Row> goldRows;
        try (Stream<Row> rows = gold.rows(published, table)) {
            goldRows = rows.toList();
        }
        List<Row> targetRows = postgres.query("SELECT * FROM " + SCHEMA + ".sales_by_item ORDER BY chave, n_item")
                .stream()
                .map(row -> Row.of(row.get("chave"), row.get("n_item"), row.get("prod_c_prod"), row.get("emit_uf"),
                        row.get("prod_v_prod"), ((Timestamp) row.get("prot_nfe_dh_recbto")).toInstant(),
                        row.get("cancelled"), row.get("batch_id")))
                .toList();
        assertThat(goldRows).hasSize(3).containsExactlyElementsOf(targetRows);
        assertThat(published.rows("sales_by_uf")).isEqualTo(2);
    }

    @Test
    void load_withGoldCatalog_registersThePublishedBatchWithTheTargetTables() {
        List<String> registered = new ArrayList<>();
        JdbcLoader loader = loader().goldCatalog((batch, tables) -> registered.add(batch.layer() + "/" + batch.id()
                + " " + batch.files().size() + " files " + tables.stream().map(table -> table.name() + "("
                + table.columns().size() + ")").toList())).build();

        loader.load(List.of(firstBatch()));

        assertThat(registered).containsExactly("gold/b1 2 files [sales_by_item(8), sales_by_uf(4)]");
    }

    @Test
    void load_afterRegistrationFailedPastTheGoldManifest_registersOnTheNextLoad() {
        Batch batch = firstBatch();
        List<String> registered = new ArrayList<>();
        JdbcLoader failing = loader().retry(1, Duration.ofMillis(1), Duration.ofMillis(1))
                .goldCatalog((gold, tables) -> {
                    throw new NfeException("catalog unreachable");
                }).build();
        assertThatThrownBy(() -> failing.load(List.of(batch))).hasMessageContaining("catalog unreachable");

        List<LoadResult> results = loader().goldCatalog((gold, tables) -> registered.add(gold.id())).build()
                .load(List.of(batch));

        assertThat(results).extracting(LoadResult::status).containsExactly(Status.ALREADY_LOADED);
        assertThat(registered).containsExactly("b1");
    }

    @Test
    void load_batchWithoutManifest_isNeverSelected() throws SQLException {
        JdbcLoader loader = loader().window(Duration.ofDays(365 * 10)).build();
        firstBatch();

        List<LoadResult> results = loader.load(List.of());

        assertThat(results).extracting(LoadResult::batchId).containsExactly("b1");
        silver.storage().delete("silver/_manifests/ingest_date=2026-01-02/batch=b1/_manifest.json");
        assertThat(loader.load(List.of())).isEmpty();
    }

    @Test
    void load_statementTimeout_failsTheLoadWithoutRetry() throws SQLException {
        LoadRule slow = LoadRule.parse("checks.sql", "SELECT n.chave, :batch_id AS batch_id FROM ${staging.nfe} AS n"
                + " CROSS JOIN (SELECT nextval('" + SCHEMA + ".fault'), pg_sleep(30)) AS slow");
        JdbcLoader loader = loader(slow).statementTimeout(Duration.ofSeconds(1)).build();

        assertThatThrownBy(() -> loader.load(List.of(firstBatch())))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("57014");
        assertThat(postgres.count("SELECT last_value FROM " + SCHEMA + ".fault")).isEqualTo(1);
        assertThat(logOf(loader, "b1")).extracting(LoadLogEntry::status).containsExactly(LoadStatus.FAILED);
    }

    @Test
    void load_explicitBatchIds_loadsOnlyThose() {
        firstBatch();
        silver.batch("b2").document(CHAVE_A, "SP", T2, "12.00").commit();
        JdbcLoader loader = loader().batchIds(List.of("b2")).build();

        List<LoadResult> results = loader.load(List.of());

        assertThat(results).extracting(LoadResult::batchId).containsExactly("b2");
    }

    @Test
    void load_stagesOnlyTheColumnsTheRulesName() throws SQLException {
        loader(STAGED_SHAPE).setup(List.of(SHAPE_TABLE)).build().load(List.of(firstBatch()));

        // chave, n_item, batch_id, prod_c_prod and prod_v_prod: the rules name no other nfe_item column
        assertThat(stagedItemColumns()).isEqualTo(5L);
        assertThat(postgres.query("SELECT COUNT(*) AS n FROM " + SCHEMA + ".sales_by_item"))
                .containsExactly(Map.of("n", 3L));
    }

    @Test
    void load_stageEveryColumn_stagesTheWholeTable() throws SQLException {
        loader(STAGED_SHAPE).setup(List.of(SHAPE_TABLE)).stageEveryColumn().build().load(List.of(firstBatch()));

        assertThat(stagedItemColumns()).isEqualTo(SilverFixture.ITEM.columns().size());
    }

    @Test
    void load_ruleReadingWholeRows_seesEveryColumn() throws SQLException {
        LoadRule wholeRows = LoadRule.parse("item_docs.sql",
                "SELECT i.chave, i.n_item, (SELECT COUNT(*) FROM jsonb_object_keys(to_jsonb(i))) AS keys,"
                        + " :batch_id AS batch_id FROM ${staging.nfe_item} AS i");
        loader(STAGED_SHAPE, wholeRows).setup(List.of(SHAPE_TABLE, new SetupScript("docs",
                        "CREATE TABLE IF NOT EXISTS ${schema}.item_docs (chave varchar(44), n_item integer,"
                                + " keys bigint, batch_id varchar(128))")))
                .build().load(List.of(firstBatch()));

        assertThat(stagedItemColumns()).isEqualTo(SilverFixture.ITEM.columns().size());
        assertThat(postgres.query("SELECT DISTINCT keys FROM " + SCHEMA + ".item_docs"))
                .containsExactly(Map.of("keys", (long) SilverFixture.ITEM.columns().size()));
    }
}
