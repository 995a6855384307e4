package dev.nfe.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.iceberg.IcebergTables;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.testing.FaultInjectingStorage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode over a lake whose silver is Iceberg tables in the default jdbc catalog: the same bronze
 * transformed by the library's {@code iceberg} writer and by the job, through Spark's Iceberg catalog, read back
 * with the library's Iceberg reader and with Spark.
 */
class SparkIcebergTransformTest {
    private static final int DOCUMENTS = 60;
    private static final String ICEBERG = "{ type: iceberg }";
    private static SparkSession spark;

    @TempDir
    Path directory;
    private Path libraryConfig;
    private Path sparkConfig;

    @BeforeAll
    static void startSpark() {
        spark = TestLakes.localSpark("nfe-spark-iceberg-test");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** One bronze lake, extracted by the library, and a byte-identical copy for the job. */
    @BeforeEach
    void extractBronze() throws IOException {
        Path landing = TestLakes.landing(directory.resolve("landing"), DOCUMENTS);
        libraryConfig = TestLakes.config(directory, "nfe-spark-test", "library", landing, ICEBERG);
        sparkConfig = TestLakes.config(directory, "nfe-spark-test", "spark", landing, ICEBERG);
        Pipeline library = TestLakes.pipeline(libraryConfig);
        assertThat(library.run(library.request(Stage.EXTRACT)).written()).isEqualTo(DOCUMENTS + 2);
        TestLakes.copy(directory.resolve("library"), directory.resolve("spark"));
    }

    @Test
    void run_icebergSilver_appendsTheLibrarysRowsToTheSameTablesInOneSnapshotPerTableNamingTheBatch() {
        RunSummary library = transformWithTheLibrary(libraryConfig);

        RunSummary job = runJob();

        assertThat(job).extracting(RunSummary::seen, RunSummary::written, RunSummary::quarantined,
                RunSummary::batchIds)
                .containsExactly(library.seen(), library.written(), library.quarantined(), library.batchIds());
        assertThat(job.quarantined()).isEqualTo(2);
        Map<String, List<Row>> expected = TestLakes.silverRows(libraryConfig);
        Map<String, List<Row>> actual = TestLakes.silverRows(sparkConfig);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((table, rows) -> assertThat(actual.get(table)).as(table).containsExactlyElementsOf(rows));
        assertThat(expected.get("nfe")).hasSize(DOCUMENTS);
        IcebergTables libraryTables = tables(libraryConfig);
        IcebergTables sparkTables = tables(sparkConfig);
        assertThat(sparkTables.tables()).extracting(IcebergTables.TableHistory::name)
                .containsExactlyElementsOf(libraryTables.tables().stream().map(IcebergTables.TableHistory::name)
                        .toList());
        for (IcebergTables.TableHistory table : sparkTables.tables()) {
            assertThat(sparkTables.table(table.name(), IcebergTables.AsOf.CURRENT)).as(table.name())
                    .isEqualTo(libraryTables.table(table.name(), IcebergTables.AsOf.CURRENT));
            assertThat(snapshots(sparkTables, table.name())).as(table.name())
                    .isEqualTo(snapshots(libraryTables, table.name()));
        }
        assertThat(TestLakes.files(directory.resolve("spark/silver/_quarantine")))
                .isEqualTo(TestLakes.files(directory.resolve("library/silver/_quarantine")))
                .isNotEmpty();
        SparkSession reader = withCatalog(directory.resolve("spark"));
        assertThat(reader.table("nfe.silver.nfe_item").count()).isEqualTo(expected.get("nfe_item").size());
        assertThat(reader.table("nfe.silver.nfe").select("ingest_date").distinct().collectAsList()).hasSize(1);
    }

    @Test
    void run_again_evenWithItsLedgerLost_addsNoSnapshotAndTheLibraryFindsNothingLeft() throws IOException {
        RunSummary first = runJob();
        Map<String, List<Object>> snapshots = snapshotIds(sparkConfig);

        RunSummary again = runJob();
        TestLakes.deleteTree(directory.resolve("spark/_state/nfe-spark-test/transform"));
        RunSummary withoutLedger = runJob();
        RunSummary library = transformWithTheLibrary(sparkConfig);

        assertThat(first.batchIds()).isNotEmpty();
        assertThat(again).extracting(RunSummary::seen, RunSummary::batchIds).containsExactly(0L, List.of());
        assertThat(withoutLedger.batchIds()).isEmpty();
        assertThat(library).extracting(RunSummary::seen, RunSummary::batchIds).containsExactly(0L, List.of());
        assertThat(snapshotIds(sparkConfig)).isEqualTo(snapshots);
    }

    @Test
    void run_afterTheLibraryDiedBetweenTwoTablesAppends_appendsOnlyTheTablesLackingTheBatch() {
        Pipeline lake = TestLakes.pipeline(sparkConfig);
        // every table is created, the batch appended to the tables before nfe_item, then the process dies
        Storage dying = FaultInjectingStorage.hooked(lake.storage(), FaultInjectingStorage.Point.OPEN,
                path -> path.startsWith("silver/nfe_item/metadata/") && !path.contains("/00000-"), () -> {
                    throw new NfeException("Cannot write silver/nfe_item/metadata/: the process died");
                });
        Pipeline crashing = Pipeline.builder()
                .config(PipelineConfigLoader.create().load(sparkConfig))
                .storage(dying)
                .build();
        assertThatThrownBy(() -> crashing.run(crashing.request(Stage.TRANSFORM))).isInstanceOf(NfeException.class);
        Map<String, List<Object>> partial = snapshotIds(sparkConfig);
        assertThat(TestLakes.pipeline(sparkConfig).silver().batches().toList()).isEmpty();

        RunSummary job = runJob();
        transformWithTheLibrary(libraryConfig);

        assertThat(partial.get("nfe")).hasSize(1);
        assertThat(partial.get("nfe_item")).isEmpty();
        assertThat(job.written()).isEqualTo(DOCUMENTS);
        Map<String, List<Row>> expected = TestLakes.silverRows(libraryConfig);
        Map<String, List<Row>> actual = TestLakes.silverRows(sparkConfig);
        expected.forEach((table, rows) -> assertThat(actual.get(table)).as(table).containsExactlyElementsOf(rows));
        Map<String, List<Object>> completed = snapshotIds(sparkConfig);
        assertThat(completed.get("nfe")).isEqualTo(partial.get("nfe"));
        assertThat(completed).allSatisfy((table, ids) -> assertThat(ids).as(table).hasSize(1));
    }

    private RunSummary runJob() {
        return SparkTransform.run(spark, sparkConfig.toString());
    }

    private static RunSummary transformWithTheLibrary(Path config) {
        Pipeline pipeline = TestLakes.pipeline(config);
        return pipeline.run(pipeline.request(Stage.TRANSFORM));
    }

    private static IcebergTables tables(Path config) {
        return TestLakes.pipeline(config).silverTables().orElseThrow();
    }

    /** The batch and added rows of each snapshot of {@code table}, oldest first. */
    private static List<List<Object>> snapshots(IcebergTables tables, String table) {
        return tables.tables().stream().filter(history -> history.name().equals(table)).findFirst().orElseThrow()
                .snapshots().stream()
                .map(snapshot -> List.<Object>of(snapshot.batchId(), snapshot.addedRows()))
                .toList();
    }

    /** The snapshot ids of every silver table, by table. */
    private static Map<String, List<Object>> snapshotIds(Path config) {
        Map<String, List<Object>> ids = new TreeMap<>();
        for (IcebergTables.TableHistory table : tables(config).tables()) {
            ids.put(table.name(), table.snapshots().stream().map(snapshot -> (Object) snapshot.id()).toList());
        }
        return ids;
    }

    /** A session that reads the lake at {@code root}'s tables as Spark users do, through a catalog named nfe. */
    private static SparkSession withCatalog(Path root) {
        SparkSession session = spark.newSession();
        session.conf().set("spark.sql.catalog.nfe", IcebergAppends.SPARK_CATALOG);
        session.conf().set("spark.sql.catalog.nfe.type", "jdbc");
        session.conf().set("spark.sql.catalog.nfe.uri", "jdbc:sqlite:" + root.resolve("_catalog/iceberg.db"));
        session.conf().set("spark.sql.catalog.nfe.jdbc.schema-version", "V1");
        session.conf().set("spark.sql.catalog.nfe.warehouse", root.toUri().toString());
        return session;
    }
}
