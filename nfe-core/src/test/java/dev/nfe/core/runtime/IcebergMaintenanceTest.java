package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.iceberg.IcebergMaintenance;
import dev.nfe.core.iceberg.IcebergTables;
import dev.nfe.core.iceberg.MaintenanceOptions;
import dev.nfe.core.iceberg.MaintenanceReport;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.testing.FaultInjectingStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nfe maintain} on a real lake: generated documents in pages of 10, so one ingest day holds several batches,
 * an {@code iceberg} silver in a SQLite catalog on a local storage, and the maintenance read back through the tables.
 */
class IcebergMaintenanceTest {
    private static final String PARTITION = "ingest_date=2026-01-05";
    /** Past every snapshot's retention: Iceberg stamps snapshots with the wall clock, so this counts from it. */
    private static final Clock EIGHT_DAYS_LATER = Clock.offset(Clock.systemUTC(), Duration.ofDays(8));

    @TempDir
    Path directory;

    @Test
    void maintain_severalBatchesADay_compactsEachPartitionIntoOneFileWithTheSameRows() {
        Lake lake = new Lake(directory).transform(30);
        Map<String, List<Row>> before = lake.currentRows();
        Map<String, Long> filesBefore = lake.currentFiles();

        MaintenanceReport report = lake.maintenance(Clock.systemUTC()).run(MaintenanceOptions.defaults());

        assertThat(filesBefore).containsEntry("nfe", 3L).containsEntry("nfe_item", 3L);
        assertThat(lake.currentFiles()).allSatisfy((table, files) -> assertThat(files).as(table).isLessThanOrEqualTo(1));
        assertThat(lake.currentFiles()).containsEntry("nfe", 1L).containsEntry("nfe_item", 1L);
        assertSameRows(lake.currentRows(), before);
        MaintenanceReport.Compaction nfe = table(report, "nfe").compactions().get(0);
        assertThat(nfe.replaced()).containsExactly("silver/nfe/data/" + PARTITION + "/nfe-test.20260105-000001-00000.parquet",
                "silver/nfe/data/" + PARTITION + "/nfe-test.20260105-000002-00000.parquet",
                "silver/nfe/data/" + PARTITION + "/nfe-test.20260105-000003-00000.parquet");
        assertThat(nfe.written()).singleElement().asString().matches("silver/nfe/data/" + PARTITION
                + "/compact-\\d+-00000\\.parquet");
        assertThat(nfe.rows()).isEqualTo(30);
        assertThat(nfe.attempts()).isEqualTo(1);
    }

    @Test
    void maintain_withinTheRetention_keepsEveryBatchListedAndTimeTravelToTheFirstSnapshot() {
        Lake lake = new Lake(directory).transform(30);
        IcebergTables tables = lake.tables();
        long first = tables.tables().stream().filter(table -> table.name().equals("nfe")).findFirst().orElseThrow()
                .snapshots().get(0).id();
        List<Row> firstBatch = lake.batchRows("nfe-test.20260105-000001", "nfe");

        MaintenanceReport report = lake.maintenance(Clock.systemUTC()).run(MaintenanceOptions.defaults());

        assertThat(table(report, "nfe").expiry().expired()).isZero();
        assertThat(lake.batchIds()).containsExactly("nfe-test.20260105-000001", "nfe-test.20260105-000002",
                "nfe-test.20260105-000003");
        assertThat(lake.batchRows("nfe-test.20260105-000001", "nfe")).isEqualTo(firstBatch);
        List<Row> travelled = rows(tables.rows("nfe", new IcebergTables.AsOf.AtSnapshot(first)));
        assertThat(travelled).hasSize(10);
        assertThat(withoutIngestDate(travelled)).containsExactlyInAnyOrderElementsOf(firstBatch);
    }

    @Test
    void maintain_expiringAllButTheLastSnapshot_keepsTheRowsAndARerunOfAnOldBatchAddsNothing() {
        Lake lake = new Lake(directory).transform(30);
        Map<String, List<Row>> before = lake.currentRows();

        MaintenanceReport report = lake.maintenance(EIGHT_DAYS_LATER).run(MaintenanceOptions.defaults());
        lake.forgetTransformState();
        List<RunSummary> rerun = lake.pipeline.runStages(lake.pipeline.request(Stage.TRANSFORM), ProgressListener.NONE);

        assertThat(table(report, "nfe").expiry().batchesRecorded()).isEqualTo(3);
        assertThat(table(report, "nfe").expiry().retained()).isEqualTo(1);
        assertThat(rerun.get(0).batchIds()).isEmpty();
        assertSameRows(lake.currentRows(), before);
        assertThat(lake.tables().tables()).allSatisfy(table -> assertThat(table.snapshots()).as(table.name()).hasSize(1));
        assertThat(lake.fixture.files("silver/nfe/data/" + PARTITION + "/")).hasSize(1);
        // the batches' snapshots are gone, so the reader no longer lists them; the load ledger had marked them done
        assertThat(lake.batchIds()).isEmpty();
    }

    @Test
    void maintain_transformCommittingBetweenPlanAndCommit_keepsTheNewBatch() {
        Lake lake = new Lake(directory).extract(30);
        lake.transformOnly("20260105-000001", "20260105-000002");
        AtomicBoolean fired = new AtomicBoolean();
        Storage hooked = FaultInjectingStorage.hooked(lake.fixture.lake, FaultInjectingStorage.Point.OPEN,
                path -> path.contains("/compact-") && fired.compareAndSet(false, true), () -> lake.transformOnly("20260105-000003"));
        IcebergMaintenance maintenance = IcebergMaintenance.of(lake.writer, hooked, "silver", Clock.systemUTC())
                .orElseThrow();

        MaintenanceReport report = maintenance.run(MaintenanceOptions.defaults());

        assertThat(fired).isTrue();
        assertThat(table(report, "nfe").compactions()).singleElement()
                .satisfies(compaction -> assertThat(compaction.replaced()).hasSize(2))
                .satisfies(compaction -> assertThat(compaction.attempts()).isEqualTo(1));
        assertThat(lake.currentFiles()).containsEntry("nfe", 2L).containsEntry("nfe_item", 1L);
        assertSameRows(lake.currentRows(), new Lake(directory.resolve("all")).transform(30).currentRows());
        assertThat(lake.batchIds()).hasSize(3);
    }

    @Test
    void maintain_concurrentCompactionOfTheSamePartition_plansAgainAndLosesNoRow() {
        Lake lake = new Lake(directory).transform(30);
        Map<String, List<Row>> before = lake.currentRows();
        AtomicBoolean fired = new AtomicBoolean();
        Storage hooked = FaultInjectingStorage.hooked(lake.fixture.lake, FaultInjectingStorage.Point.OPEN,
                path -> path.contains("/compact-") && fired.compareAndSet(false, true), () -> lake.maintenance(Clock.systemUTC()).run(MaintenanceOptions.defaults()));
        IcebergMaintenance maintenance = IcebergMaintenance.of(lake.writer, hooked, "silver", Clock.systemUTC())
                .orElseThrow();

        MaintenanceReport report = maintenance.run(MaintenanceOptions.defaults());

        assertThat(fired).isTrue();
        assertThat(table(report, "nfe").compactions()).isEmpty();
        assertThat(lake.currentFiles()).containsEntry("nfe", 1L).containsEntry("nfe_item", 1L);
        assertSameRows(lake.currentRows(), before);
    }

    @Test
    void maintain_orphanFiles_deletesThoseOlderThanTheWindowOnlyAndListsThemInADryRun() throws IOException {
        Lake lake = new Lake(directory).transform(20);
        Path data = lake.fixture.lakeRoot.resolve("silver/nfe/data/" + PARTITION);
        Path old = Files.writeString(data.resolve("stray-00000.parquet"), "left by a crash");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(4))));
        Path young = Files.writeString(data.resolve("stray-00001.parquet"), "a commit in flight");
        Path otherTable = lake.fixture.lakeRoot.resolve("silver/nfe_item/metadata/stray.avro");
        Files.writeString(otherTable, "left by a crash");
        Files.setLastModifiedTime(otherTable, FileTime.from(Instant.now().minus(Duration.ofDays(4))));
        Map<String, List<Row>> before = lake.currentRows();
        MaintenanceOptions orphansOnly = MaintenanceOptions.defaults().withTargetFileSize(4096);

        MaintenanceReport dryRun = lake.maintenance(Clock.systemUTC())
                .run(orphansOnly.withMode(MaintenanceOptions.Mode.DRY_RUN));
        boolean oldSurvivedDryRun = Files.exists(old);
        MaintenanceReport applied = lake.maintenance(Clock.systemUTC()).run(orphansOnly);

        assertThat(oldSurvivedDryRun).isTrue();
        assertThat(table(dryRun, "nfe").orphans()).extracting(MaintenanceReport.Orphan::path)
                .containsExactly("silver/nfe/data/" + PARTITION + "/stray-00000.parquet");
        assertThat(table(applied, "nfe").orphans()).extracting(MaintenanceReport.Orphan::path)
                .containsExactly("silver/nfe/data/" + PARTITION + "/stray-00000.parquet");
        assertThat(table(applied, "nfe_item").orphans()).extracting(MaintenanceReport.Orphan::path)
                .containsExactly("silver/nfe_item/metadata/stray.avro");
        assertThat(old).doesNotExist();
        assertThat(otherTable).doesNotExist();
        assertThat(young).exists();
        assertSameRows(lake.currentRows(), before);
    }

    @Test
    void maintain_afterExpiryAndOrphanRemoval_leavesOnlyFilesTheTablesReference() {
        Lake lake = new Lake(directory).transform(30);
        Map<String, List<Row>> before = lake.currentRows();
        lake.maintenance(EIGHT_DAYS_LATER).run(MaintenanceOptions.defaults());

        MaintenanceReport second = lake.maintenance(Clock.offset(Clock.systemUTC(), Duration.ofDays(30)))
                .run(MaintenanceOptions.defaults());

        assertThat(second.tables()).allSatisfy(table -> {
            assertThat(table.compactions()).as(table.table()).isEmpty();
            assertThat(table.orphans()).as(table.table()).isEmpty();
        });
        assertSameRows(lake.currentRows(), before);
    }

    private static MaintenanceReport.TableReport table(MaintenanceReport report, String name) {
        return report.tables().stream().filter(table -> table.table().equals(name)).findFirst().orElseThrow();
    }

    private static void assertSameRows(Map<String, List<Row>> actual, Map<String, List<Row>> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((table, rows) -> assertThat(actual.get(table)).as(table)
                .containsExactlyInAnyOrderElementsOf(rows));
    }

    private static List<Row> rows(Stream<Row> stream) {
        try (stream) {
            return stream.toList();
        }
    }

    private static List<Row> withoutIngestDate(List<Row> rows) {
        List<Row> trimmed = new ArrayList<>();
        for (Row row : rows) {
            Object[] values = new Object[row.size() - 1];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(i);
            }
            trimmed.add(Row.of(values));
        }
        return trimmed;
    }

    /** A fixture lake whose silver is {@code iceberg}. */
    private static final class Lake {
        final PipelineFixture fixture;
        final LayerWriter writer;
        final Pipeline pipeline;

        Lake(Path directory) {
            this.fixture = new PipelineFixture(directory);
            this.writer = fixture.iceberg();
            this.pipeline = fixture.builder(fixture.lake).layerWriter(writer).build();
        }

        Lake extract(int documents) {
            fixture.generate(documents);
            pipeline.run(pipeline.request(Stage.EXTRACT));
            return this;
        }

        Lake transform(int documents) {
            extract(documents);
            pipeline.runStages(pipeline.request(Stage.TRANSFORM), ProgressListener.NONE);
            return this;
        }

        void transformOnly(String... bronzeBatchIds) {
            pipeline.runStages(pipeline.request(Stage.TRANSFORM).withBatchIds(List.of(bronzeBatchIds)),
                    ProgressListener.NONE);
        }

        IcebergMaintenance maintenance(Clock clock) {
            return IcebergMaintenance.of(writer, fixture.lake, "silver", clock).orElseThrow();
        }

        IcebergTables tables() {
            return pipeline.silverTables().orElseThrow();
        }

        /** The current rows of every table, by table name. */
        Map<String, List<Row>> currentRows() {
            Map<String, List<Row>> rows = new TreeMap<>();
            IcebergTables tables = tables();
            for (IcebergTables.TableHistory table : tables.tables()) {
                rows.put(table.name(), rows(tables.rows(table.name(), IcebergTables.AsOf.CURRENT)));
            }
            return rows;
        }

        /** The data files of each table's current snapshot. */
        Map<String, Long> currentFiles() {
            Map<String, Long> files = new TreeMap<>();
            for (IcebergTables.TableHistory table : tables().tables()) {
                List<IcebergTables.SnapshotInfo> snapshots = table.snapshots();
                files.put(table.name(), snapshots.isEmpty() ? 0 : snapshots.get(snapshots.size() - 1).totalFiles());
            }
            return files;
        }

        List<String> batchIds() {
            try (Stream<Batch> batches = writer.reader(fixture.lake, "silver").batches()) {
                return batches.map(Batch::id).toList();
            }
        }

        List<Row> batchRows(String batchId, String table) {
            LayerReader reader = writer.reader(fixture.lake, "silver");
            Batch batch = reader.batch(PipelineFixture.START.atZone(java.time.ZoneOffset.UTC).toLocalDate(), batchId)
                    .orElseThrow();
            return rows(reader.rows(batch, dev.nfe.core.silver.SilverTables.named(table).orElseThrow()));
        }

        void forgetTransformState() {
            Path state = fixture.lakeRoot.resolve("_state/" + PipelineFixture.PIPELINE + "/transform");
            try (Stream<Path> paths = Files.walk(state)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
