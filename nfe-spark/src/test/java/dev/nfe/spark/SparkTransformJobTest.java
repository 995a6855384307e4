package dev.nfe.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode over a real lake: bronze extracted by the library from generated NF-e and hostile
 * documents, transformed once by the library's own transform and once by the job, silver read back from Parquet.
 */
class SparkTransformJobTest {
    private static final int DOCUMENTS = 120;
    private static SparkSession spark;

    @TempDir
    Path directory;
    private Path libraryConfig;
    private Path sparkConfig;

    @BeforeAll
    static void startSpark() {
        spark = TestLakes.localSpark("nfe-spark-test");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** One bronze lake, extracted by the library, and a byte-identical copy for the job. */
    @BeforeEach
    void extractBronze() throws IOException {
        Path landing = TestLakes.landing(directory.resolve("landing"), DOCUMENTS);
        libraryConfig = config("library", landing);
        sparkConfig = config("spark", landing);
        RunSummary extract = pipeline(libraryConfig).run(pipeline(libraryConfig).request(Stage.EXTRACT));
        assertThat(extract.written()).isEqualTo(DOCUMENTS + 2);
        TestLakes.copy(directory.resolve("library"), directory.resolve("spark"));
    }

    @Test
    void run_sameBronzeAsTheLibrary_writesTheSameRowsAndTypesInEveryTableAndTheSameQuarantine() {
        RunSummary library = pipeline(libraryConfig).run(pipeline(libraryConfig).request(Stage.TRANSFORM));

        RunSummary job = runJob();

        assertThat(job).extracting(RunSummary::seen, RunSummary::written, RunSummary::quarantined,
                RunSummary::warnings, RunSummary::batchIds)
                .containsExactly(library.seen(), library.written(), library.quarantined(), library.warnings(),
                        library.batchIds());
        assertThat(job.written()).isEqualTo(DOCUMENTS);
        assertThat(job.quarantined()).isEqualTo(2);
        Map<String, List<Row>> expected = TestLakes.silverRows(libraryConfig);
        Map<String, List<Row>> actual = TestLakes.silverRows(sparkConfig);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((table, rows) -> assertThat(actual.get(table)).as(table).containsExactlyElementsOf(rows));
        assertThat(expected.get("nfe_item")).hasSizeGreaterThan(DOCUMENTS);
        for (Table table : SilverTables.all()) {
            if (expected.containsKey(table.name()) && !expected.get(table.name()).isEmpty()) {
                assertThat(sparkTypes("spark", table)).as(table.name()).isEqualTo(sparkTypes("library", table));
            }
        }
        assertThat(TestLakes.files(directory.resolve("spark/silver/_quarantine")))
                .isEqualTo(TestLakes.files(directory.resolve("library/silver/_quarantine")))
                .isNotEmpty();
    }

    @Test
    void run_decimalColumns_keepTheLayoutsPrecisionAndEveryDigit() {
        runJob();

        Table item = table("nfe_item");
        Map<String, DataType> types = sparkTypes("spark", item);
        assertThat(types.get("prod_q_com")).isEqualTo(new DecimalType(15, 4));
        assertThat(types.get("prod_v_un_com")).isEqualTo(new DecimalType(21, 10));
        assertThat(types.get("prod_v_prod")).isEqualTo(new DecimalType(15, 2));
        List<Row> rows = TestLakes.silverRows(sparkConfig).get("nfe_item");
        int unitPrice = item.indexOf("prod_v_un_com");
        assertThat(rows).allSatisfy(row -> assertThat(((BigDecimal) row.get(unitPrice)).scale()).isEqualTo(10));
    }

    @Test
    void run_again_addsNothingAndTheLibrarysTransformFindsNothingLeft() {
        RunSummary first = runJob();
        Map<Path, String> silver = TestLakes.files(directory.resolve("spark/silver"));

        RunSummary again = runJob();
        RunSummary library = pipeline(sparkConfig).run(pipeline(sparkConfig).request(Stage.TRANSFORM));

        assertThat(first.batchIds()).isNotEmpty();
        assertThat(again).extracting(RunSummary::seen, RunSummary::batchIds).containsExactly(0L, List.of());
        assertThat(library).extracting(RunSummary::seen, RunSummary::batchIds).containsExactly(0L, List.of());
        assertThat(TestLakes.files(directory.resolve("spark/silver"))).isEqualTo(silver);
    }

    @Test
    void run_batchCommittedButNotMarkedDone_writesItsQuarantineAgainAndNoSilver() throws IOException {
        RunSummary first = runJob();
        Map<Path, String> silver = TestLakes.files(directory.resolve("spark/silver"));
        Map<Path, String> quarantine = TestLakes.files(directory.resolve("spark/silver/_quarantine"));
        // a crash after the commit and before the ledger: the batch is committed, its bronze batches not done
        TestLakes.deleteTree(directory.resolve("spark/_state/nfe-spark-test/transform"));
        TestLakes.deleteTree(directory.resolve("spark/silver/_quarantine"));

        RunSummary again = runJob();

        assertThat(first.batchIds()).isNotEmpty();
        assertThat(again.batchIds()).isEmpty();
        assertThat(TestLakes.files(directory.resolve("spark/silver"))).isEqualTo(silver);
        assertThat(TestLakes.files(directory.resolve("spark/silver/_quarantine"))).isEqualTo(quarantine).isNotEmpty();
        assertThat(runJob()).extracting(RunSummary::seen).isEqualTo(0L);
    }

    @Test
    void run_afterTheLibraryTransformedTheLake_addsNothing() {
        RunSummary library = pipeline(sparkConfig).run(pipeline(sparkConfig).request(Stage.TRANSFORM));
        Map<Path, String> silver = TestLakes.files(directory.resolve("spark/silver"));

        RunSummary job = runJob();

        assertThat(library.batchIds()).isNotEmpty();
        assertThat(job).extracting(RunSummary::seen, RunSummary::batchIds).containsExactly(0L, List.of());
        assertThat(TestLakes.files(directory.resolve("spark/silver"))).isEqualTo(silver);
    }

    @Test
    void run_aBronzeDocumentUnreadable_failsLeavingNoBatchVisibleAndTheRerunCommitsIt() throws IOException {
        Path document;
        try (Stream<Path> paths = Files.walk(directory.resolve("spark/bronze"))) {
            document = paths.filter(path -> path.toString().endsWith(".xml")).sorted().findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(document);
        Files.delete(document);

        assertThatThrownBy(this::runJob).isInstanceOf(NfeException.class).hasMessageContaining(document.getFileName()
                .toString());

        assertThat(pipeline(sparkConfig).silver().batches().toList()).isEmpty();
        Files.write(document, bytes);
        RunSummary rerun = runJob();
        assertThat(rerun.written()).isEqualTo(DOCUMENTS);
        assertThat(pipeline(sparkConfig).silver().batches().toList()).hasSize(rerun.batchIds().size());
        assertThat(TestLakes.silverRows(sparkConfig).get("nfe")).hasSize(DOCUMENTS);
    }

    private RunSummary runJob() {
        return SparkTransform.run(spark, sparkConfig.toString());
    }

    private Path config(String lake, Path landing) throws IOException {
        return TestLakes.config(directory, "nfe-spark-test", lake, landing);
    }

    private static Pipeline pipeline(Path config) {
        return TestLakes.pipeline(config);
    }

    /** Column names and Spark types of a table's silver files, as Spark reads them. */
    private Map<String, DataType> sparkTypes(String lake, Table table) {
        Map<String, DataType> types = new TreeMap<>();
        for (StructField field : spark.read().parquet(directory.resolve(lake + "/silver/" + table.name()).toString())
                .schema().fields()) {
            types.put(field.name(), field.dataType());
        }
        return types;
    }

    private static Table table(String name) {
        return SilverTables.all().stream().filter(table -> table.name().equals(name)).findFirst().orElseThrow();
    }
}
