package dev.nfe.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs of {@code nfe run} in a separate JVM that are interrupted, then rerun: killed with {@code kill -9} at every
 * stage boundary and inside each stage (stopped at a commit step by the {@code crash-point} storage and killed
 * there), or failed by a full disk in each layer (the {@code space-limited} storage). A plain rerun must leave the
 * lake's files and the warehouse's tables identical to an uninterrupted run's, with every document in silver once. The
 * temporary files of writes the kill interrupted are never published and no reader sees them; they are counted in
 * the table, and left to the lake's clean-up.
 */
@Tag("reliability")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterruptedRunTest {
    private static final int DOCUMENTS = 30;
    private static final String BRONZE_DOCUMENT = "bronze/nfe-reliability/ingest_date=[^/]+/[^/]+/[^/]+\\.xml";

    private final ReliabilityTable killed = new ReliabilityTable("kill -9 at a commit step, then rerun");
    private final ReliabilityTable full = new ReliabilityTable("disk full in a layer, then rerun with space");
    private Result uninterrupted;
    private Result uninterruptedGathered;

    /** What a run left: the lake's files and the warehouse's tables. */
    private record Result(Map<String, String> files, Map<String, List<String>> warehouse) {
        static Result of(Lake lake) {
            PipelineProcess.Result result = PipelineProcess.run(lake.directory, lake.config(), List.of());
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(lake.files().keySet()).noneMatch(Lake::isTemporary);
            assertThat(lake.silverChaves()).containsExactlyInAnyOrderElementsOf(Lake.chaves(DOCUMENTS));
            return new Result(lake.files(), lake.warehouse());
        }
    }

    @BeforeAll
    void uninterrupted(@TempDir Path directory) {
        uninterrupted = Result.of(Lake.generated(directory.resolve("alone"), DOCUMENTS));
        uninterruptedGathered = Result.of(Lake.generated(directory.resolve("gathered"), DOCUMENTS).gathered());
    }

    @AfterAll
    void report() {
        killed.write();
        full.write();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "extract: mid-batch, a bronze document opened   | " + BRONZE_DOCUMENT + " | open | 15",
        "extract: bronze documents written, not synced  | " + BRONZE_DOCUMENT + " | sync | 11",
        "extract: bronze documents written, no manifest | bronze/nfe-reliability/_manifests/.* | open | 2",
        "extract: bronze manifest written, no checkpoint | _state/nfe-reliability/extract.json | open | 2",
        "extract → transform: first bronze read          | " + BRONZE_DOCUMENT + " | read | 1",
        "transform: mid-batch, a table's part unpublished | silver/nfe_item_tax/.*\\.parquet | before-publish | 2",
        "transform: parts published, no manifest         | silver/_manifests/.* | open | 2",
        "transform: manifest written, batch not marked   | _state/nfe-reliability/transform/.* | open | 2",
        "load: reading silver inside the load            | silver/nfe_item/.*\\.parquet | read | 2",
        "load: warehouse committed, no gold              | gold/sales_by_item/.* | open | 1",
        "load: gold parts written, no gold manifest      | gold/_manifests/.* | open | 2",
        "load: gold published, batch not marked          | _state/nfe-reliability/load/.* | open | 1"})
    void rerun_afterKillAtCrashPoint_equalsAnUninterruptedRun(String scenario, String at, String point,
            int occurrence, @TempDir Path directory) {
        Lake lake = Lake.generated(directory, DOCUMENTS);
        killAtCrashPoint(lake, at, point, occurrence);

        assertRerunEqualsUninterrupted(lake, directory, scenario, killed, "killed at the step", uninterrupted);
    }

    /** The transform's commit steps when its three bronze batches go into one silver batch (the default). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "transform, gathered: plan being recorded        | _state/nfe-reliability/transform-plans/.* | open | 1",
        "transform, gathered: a table's part unpublished | silver/nfe_item_tax/.*\\.parquet | before-publish | 1",
        "transform, gathered: parts published, no manifest | silver/_manifests/.* | open | 1",
        "transform, gathered: manifest written, not marked | _state/nfe-reliability/transform/.* | open | 1"})
    void rerun_gatheredBatchesAfterKillAtCrashPoint_equalsAnUninterruptedRun(String scenario, String at,
            String point, int occurrence, @TempDir Path directory) {
        Lake lake = Lake.generated(directory, DOCUMENTS).gathered();
        killAtCrashPoint(lake, at, point, occurrence);

        assertRerunEqualsUninterrupted(lake, directory, scenario, killed, "killed at the step", uninterruptedGathered);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "extract: bronze full mid-batch          | bronze/ | 60KiB",
        "transform: silver full mid-batch        | silver/ | 40KiB",
        "load: gold full                         | gold/   | 3KiB"})
    void rerun_afterDiskFull_failsCleanlyThenEqualsAnUninterruptedRun(String scenario, String under, String quota,
            @TempDir Path directory) {
        Lake lake = Lake.generated(directory, DOCUMENTS);
        String storage = "{ type: space-limited, root: ./lake, under: '" + under + "', quota: " + quota + " }";

        PipelineProcess.Result failed = PipelineProcess.run(directory, lake.config(storage), List.of());

        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(1);
        assertThat(failed.err()).contains("No space left on device").doesNotContain("\tat ");
        assertRerunEqualsUninterrupted(lake, directory, scenario, full, "exit 1, No space left on device",
                uninterrupted);
    }

    /**
     * A full disk under {@code _state/} during extract: the run fails cleanly and the rerun keeps every document once
     * in silver and the same business rows in the warehouse, but it splits the documents into other bronze batches
     * than an uninterrupted run (the extract state written in part moves the folder position), so the lake's files
     * and the rows' batch ids differ.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"extract: state full after the first page | _state/ | 2KiB"})
    void rerun_afterStateDiskFull_failsCleanlyThenKeepsEveryDocumentOnce(String scenario, String under,
            String quota, @TempDir Path directory) {
        Lake lake = Lake.generated(directory, DOCUMENTS);
        String storage = "{ type: space-limited, root: ./lake, under: '" + under + "', quota: " + quota + " }";

        PipelineProcess.Result failed = PipelineProcess.run(directory, lake.config(storage), List.of());
        PipelineProcess.Result rerun = PipelineProcess.run(directory, lake.config(), List.of());

        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(1);
        assertThat(failed.err()).contains("No space left on device").doesNotContain("\tat ");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        List<String> silver = lake.silverChaves();
        Map<String, List<String>> warehouse = lake.warehouse();
        Map<String, List<String>> bronze = lake.bronzeBatches();
        full.add(scenario, 2, ReliabilityTable.lost(Lake.chaves(DOCUMENTS), silver),
                ReliabilityTable.duplicated(silver), "exit 1, No space left on device; rerun: "
                        + (Lake.withoutBatches(warehouse).equals(Lake.withoutBatches(uninterrupted.warehouse()))
                                ? "same warehouse rows" : "DIFFERENT warehouse rows")
                        + ", bronze batches of " + bronze.values().stream().map(List::size).toList()
                        + " documents (uninterrupted: 10, 10, 10)");
        assertThat(silver).containsExactlyInAnyOrderElementsOf(Lake.chaves(DOCUMENTS));
        assertThat(Lake.withoutBatches(warehouse)).isEqualTo(Lake.withoutBatches(uninterrupted.warehouse()));
    }

    /** Runs the whole pipeline over {@code lake} until it reaches the crash point, and kills it there with -9. */
    private static void killAtCrashPoint(Lake lake, String at, String point, int occurrence) {
        String storage = "{ type: crash-point, root: ./lake, at: '" + at + "', point: " + point
                + ", occurrence: " + occurrence + ", marker: ./stopped }";
        PipelineProcess run = PipelineProcess.start(lake.directory, List.of(), "run", "--config",
                lake.config(storage).toString());
        boolean stopped = run.awaitFile(lake.marker());
        run.kill();
        assertThat(stopped).as("the run reached its crash point: %s", run.err()).isTrue();
    }

    /**
     * Reruns on plain local storage, removes what the interrupted run left with {@code nfe clean}, records the
     * scenario's figures, and compares with the uninterrupted run: the same files exactly, nothing left over.
     */
    private void assertRerunEqualsUninterrupted(Lake lake, Path directory, String scenario, ReliabilityTable table,
            String interruption, Result expected) {
        PipelineProcess.Result rerun = PipelineProcess.run(directory, lake.config(), List.of());
        long leftOver = lake.temporaryFiles().size();
        PipelineProcess.Result clean = PipelineProcess.start(directory, List.of(), "clean", "--config",
                lake.config().toString(), "--older-than", "0s").await();

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(clean.exitCode()).as(clean.err()).isZero();
        List<String> silver = lake.silverChaves();
        Map<String, String> files = lake.files();
        Set<String> different = Lake.differences(expected.files(), files);
        Map<String, List<String>> warehouse = lake.warehouse();
        table.add(scenario, 2, ReliabilityTable.lost(Lake.chaves(DOCUMENTS), silver),
                ReliabilityTable.duplicated(silver),
                interruption + "; rerun: " + (different.isEmpty() && warehouse.equals(expected.warehouse())
                        ? "lake and warehouse identical" : "DIFFERENT")
                        + (leftOver == 0 ? "" : "; nfe clean removed " + leftOver + " .tmp files"));
        assertThat(lake.temporaryFiles()).as("left after nfe clean: %s", clean.out()).isEmpty();
        assertThat(different).as("files that differ from the uninterrupted run's; bronze batches %s",
                lake.bronzeBatches()).isEmpty();
        assertThat(warehouse).isEqualTo(expected.warehouse());
        assertThat(silver).containsExactlyInAnyOrderElementsOf(Lake.chaves(DOCUMENTS));
    }
}
