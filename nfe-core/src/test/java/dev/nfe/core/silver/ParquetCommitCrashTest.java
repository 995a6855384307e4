package dev.nfe.core.silver;

import static dev.nfe.core.silver.TestTables.ALL_TYPES;
import static dev.nfe.core.silver.TestTables.INGEST_DATE;
import static dev.nfe.core.silver.TestTables.OTHER;
import static dev.nfe.core.silver.TestTables.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.CommitStateUnknownException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.TransientException;
import dev.nfe.core.storage.LocalStorage;
import dev.nfe.core.testing.FaultInjectingStorage;
import dev.nfe.core.testing.FaultInjectingStorage.Point;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit protocol fails at each step: before any data file, between data files, at the manifest before and after
 * it is published. A crashed attempt is abandoned without {@code close()}, as a killed process would leave it. The
 * batch must then be invisible (or, once the manifest landed, whole), and a rerun must equal an uninterrupted run.
 */
class ParquetCommitCrashTest {
    private static final ParquetLayerWriter WRITER = new ParquetLayerWriter(new ParquetWriterOptions(
            100, ParquetWriterOptions.DEFAULT_MAX_BYTES_PER_FILE, ParquetWriterOptions.DEFAULT_ROW_GROUP_SIZE, Compression.ZSTD));
    private static final List<Row> ROWS = TestTables.allTypesRows(7, 350);
    private static final List<Row> OTHER_ROWS = TestTables.otherRows(20).toList();

    @TempDir
    Path lake;
    @TempDir
    Path referenceLake;

    private Storage storage;
    private Map<String, String> uninterrupted;

    @BeforeEach
    void writeUninterruptedRun() {
        storage = new LocalStorage(lake);
        Storage reference = new LocalStorage(referenceLake);
        try (BatchWriter writer = WRITER.open(reference, target("b1", ALL_TYPES, OTHER))) {
            writeRows(writer);
            writer.commit();
        }
        uninterrupted = Contents.of(reference);
    }

    @Test
    void crash_beforeFirstDataFile_leavesNoBatchAndRerunMatches() {
        Storage faulty = faultyAt(path -> path.endsWith("all_types/ingest_date=2026-01-02/batch=b1/part-00000.parquet"), Point.OPEN);
        BatchWriter crashed = WRITER.open(faulty, target("b1", ALL_TYPES, OTHER));

        assertThatThrownBy(() -> writeRows(crashed)).isInstanceOf(TransientException.class);

        assertNoBatchVisible();
        assertRerunMatchesUninterruptedRun();
    }

    @Test
    void crash_betweenDataFiles_leavesNoBatchAndRerunMatches() {
        Storage faulty = faultyAt(path -> path.endsWith("all_types/ingest_date=2026-01-02/batch=b1/part-00002.parquet"),
                Point.BEFORE_PUBLISH);
        BatchWriter crashed = WRITER.open(faulty, target("b1", ALL_TYPES, OTHER));

        assertThatThrownBy(() -> writeRows(crashed)).isInstanceOf(TransientException.class);

        assertThat(Contents.of(storage)).hasSize(2);
        assertNoBatchVisible();
        assertRerunMatchesUninterruptedRun();
    }

    @Test
    void crash_afterAllDataFilesBeforeManifest_leavesNoBatchAndRerunMatches() {
        Storage faulty = faultyAt(path -> path.endsWith("_manifest.json"), Point.OPEN);
        BatchWriter crashed = WRITER.open(faulty, target("b1", ALL_TYPES, OTHER));
        writeRows(crashed);

        assertThatThrownBy(crashed::commit).isInstanceOf(TransientException.class);

        assertThat(Contents.of(storage)).hasSize(uninterrupted.size() - 1);
        assertNoBatchVisible();
        assertRerunMatchesUninterruptedRun();
    }

    @Test
    void manifestFailure_beforePublish_isUnknownOutcomeWithNoBatchVisibleAndRerunMatches() {
        Storage faulty = faultyAt(path -> path.endsWith("_manifest.json"), Point.BEFORE_PUBLISH);
        BatchWriter crashed = WRITER.open(faulty, target("b1", ALL_TYPES, OTHER));
        writeRows(crashed);

        assertThatThrownBy(crashed::commit)
                .isInstanceOf(CommitStateUnknownException.class)
                .hasMessageContaining("batch b1");
        crashed.close();

        assertNoBatchVisible();
        assertRerunMatchesUninterruptedRun();
    }

    @Test
    void manifestFailure_afterPublish_isUnknownOutcomeWithWholeBatchVisible() {
        Storage faulty = faultyAt(path -> path.endsWith("_manifest.json"), Point.AFTER_PUBLISH);
        BatchWriter crashed = WRITER.open(faulty, target("b1", ALL_TYPES, OTHER));
        writeRows(crashed);

        assertThatThrownBy(crashed::commit).isInstanceOf(CommitStateUnknownException.class);
        crashed.close();

        assertThat(Contents.of(storage)).isEqualTo(uninterrupted);
        ManifestLayerReader reader = new ManifestLayerReader(storage, "silver");
        Batch batch = reader.batch(INGEST_DATE, "b1").orElseThrow();
        reader.verify(batch);
        assertThatThrownBy(() -> WRITER.open(storage, target("b1", ALL_TYPES, OTHER)))
                .isInstanceOf(CommitConflictException.class);
    }

    @Test
    void failedCommit_thenClose_removesThisAttemptsDataFiles() {
        Storage faulty = faultyAt(path -> path.endsWith("_manifest.json"), Point.OPEN);
        try (BatchWriter writer = WRITER.open(faulty, target("b1", ALL_TYPES, OTHER))) {
            writeRows(writer);
            assertThatThrownBy(writer::commit).isInstanceOf(TransientException.class);
        }

        assertThat(Contents.of(storage)).isEmpty();
    }

    private Storage faultyAt(Predicate<String> path, Point point) {
        return FaultInjectingStorage.failing(storage, point, path);
    }

    private static void writeRows(BatchWriter writer) {
        ROWS.forEach(row -> writer.write(ALL_TYPES, row));
        OTHER_ROWS.forEach(row -> writer.write(OTHER, row));
    }

    private void assertNoBatchVisible() {
        ManifestLayerReader reader = new ManifestLayerReader(storage, "silver");
        try (Stream<Batch> batches = reader.batches()) {
            assertThat(batches).isEmpty();
        }
        assertThat(reader.batch(INGEST_DATE, "b1")).isEmpty();
    }

    private void assertRerunMatchesUninterruptedRun() {
        Batch batch;
        try (BatchWriter writer = WRITER.open(storage, target("b1", ALL_TYPES, OTHER))) {
            writeRows(writer);
            batch = writer.commit();
        }
        assertThat(Contents.of(storage)).isEqualTo(uninterrupted);
        ManifestLayerReader reader = new ManifestLayerReader(storage, "silver");
        assertThat(reader.batch(INGEST_DATE, "b1")).contains(batch);
        try (Stream<Row> rows = reader.rows(batch, ALL_TYPES)) {
            assertThat(rows).containsExactlyElementsOf(ROWS);
        }
    }
}
