package dev.nfe.core.silver;

import static dev.nfe.core.silver.TestTables.INGEST_DATE;
import static dev.nfe.core.silver.TestTables.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestLayerReaderTest {
    private static final ParquetLayerWriter WRITER = new ParquetLayerWriter(ParquetWriterOptions.defaults());

    @TempDir
    Path root;

    private Storage storage() {
        return new LocalStorage(root);
    }

    private ManifestLayerReader reader() {
        return new ManifestLayerReader(storage(), "silver");
    }

    private Batch commit(String batchId, LocalDate date, Table table, List<Row> rows) {
        try (BatchWriter writer = WRITER.open(storage(), new BatchTarget("silver", batchId, date, List.of(table)))) {
            rows.forEach(row -> writer.write(table, row));
            return writer.commit();
        }
    }

    @Test
    void batches_listsCommittedBatchesByDateThenId() {
        commit("b2", LocalDate.of(2026, 1, 3), OTHER, TestTables.otherRows(1).toList());
        commit("b10", INGEST_DATE, OTHER, TestTables.otherRows(1).toList());
        commit("b1", INGEST_DATE, OTHER, TestTables.otherRows(1).toList());

        try (Stream<Batch> batches = reader().batches()) {
            assertThat(batches).extracting(Batch::id).containsExactly("b1", "b10", "b2");
        }
        try (Stream<Batch> batches = reader().batches(INGEST_DATE)) {
            assertThat(batches).extracting(Batch::id).containsExactly("b1", "b10");
        }
    }

    @Test
    void asOf_aTimeBetweenTwoCommits_seesOnlyTheFirstBatch() throws InterruptedException {
        commit("b1", INGEST_DATE, OTHER, TestTables.otherRows(1).toList());
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        commit("b2", INGEST_DATE, OTHER, TestTables.otherRows(1).toList());

        ManifestLayerReader then = reader().asOf(between);

        try (Stream<Batch> batches = then.batches()) {
            assertThat(batches.map(Batch::id).toList()).containsExactly("b1");
        }
        assertThat(then.batch(INGEST_DATE, "b1")).isPresent();
        assertThat(then.batch(INGEST_DATE, "b2")).isEmpty();
        assertThat(reader().batch(INGEST_DATE, "b2")).isPresent();
    }

    @Test
    void batches_ignoreBatchWhoseManifestIsMissing() {
        commit("b1", INGEST_DATE, OTHER, TestTables.otherRows(2).toList());
        BatchWriter abandoned = WRITER.open(storage(), TestTables.target("b2", OTHER));
        TestTables.otherRows(2).forEach(row -> abandoned.write(OTHER, row));
        abandoned.commit();
        storage().delete("silver/_manifests/ingest_date=2026-01-02/batch=b2/_manifest.json");

        try (Stream<Batch> batches = reader().batches()) {
            assertThat(batches).extracting(Batch::id).containsExactly("b1");
        }
        assertThat(reader().batch(INGEST_DATE, "b2")).isEmpty();
    }

    @Test
    void rows_ignoreFilesTheManifestDoesNotName() throws IOException {
        List<Row> rows = TestTables.otherRows(5).toList();
        Batch batch = commit("b1", INGEST_DATE, OTHER, rows);
        copy(batch.files().get(0).path(), "silver/other/ingest_date=2026-01-02/batch=b1/part-00001.parquet");

        Batch reread = reader().batch(INGEST_DATE, "b1").orElseThrow();

        assertThat(reread).isEqualTo(batch);
        try (Stream<Row> read = reader().rows(reread, OTHER)) {
            assertThat(read).containsExactlyElementsOf(rows);
        }
    }

    @Test
    void rows_ofOtherTable_isEmpty() {
        Batch batch = commit("b1", INGEST_DATE, OTHER, TestTables.otherRows(5).toList());

        try (Stream<Row> rows = reader().rows(batch, TestTables.ALL_TYPES)) {
            assertThat(rows).isEmpty();
        }
    }

    @Test
    void rows_ofFileWrittenBeforeOptionalColumnWasAdded_readNullForIt() {
        Batch batch = commit("b1", INGEST_DATE, OTHER, TestTables.otherRows(2).toList());
        List<Column> columns = new ArrayList<>(OTHER.columns());
        columns.add(new Column("v_ibs", ColumnType.MONEY, false, "total/IBSCBSTot/vIBS"));
        Table evolved = new Table("other", columns);

        try (Stream<Row> rows = reader().rows(batch, evolved)) {
            assertThat(rows).containsExactly(
                    Row.of("3526" + "0".repeat(40), new BigDecimal("0.25"), null),
                    Row.of("3526" + "0".repeat(39) + "1", new BigDecimal("1.25"), null));
        }
    }

    @Test
    void rows_whenFileHoldsOtherRowCountThanManifest_fails() throws IOException {
        Batch batch = commit("b1", INGEST_DATE, OTHER, TestTables.otherRows(5).toList());
        Batch smaller = commit("b2", INGEST_DATE, OTHER, TestTables.otherRows(2).toList());
        copy(smaller.files().get(0).path(), batch.files().get(0).path());

        try (Stream<Row> rows = reader().rows(batch, OTHER)) {
            assertThatThrownBy(rows::count)
                    .isInstanceOf(NfeException.class)
                    .hasMessageContaining("holds 2 rows, its manifest says 5");
        }
    }

    @Test
    void verify_ofUntouchedBatch_passes() {
        Batch batch = commit("b1", INGEST_DATE, OTHER, TestTables.otherRows(5).toList());

        reader().verify(batch);

        assertThat(Contents.of(storage())).containsEntry(batch.files().get(0).path(), batch.files().get(0).sha256());
    }

    @Test
    void verify_whenFileChanged_failsNamingIt() throws IOException {
        Batch batch = commit("b1", INGEST_DATE, OTHER, TestTables.otherRows(5).toList());
        Batch other = commit("b2", INGEST_DATE, OTHER, TestTables.otherRows(6).toList());
        copy(other.files().get(0).path(), batch.files().get(0).path());

        assertThatThrownBy(() -> reader().verify(batch))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining(batch.files().get(0).path())
                .hasMessageContaining(batch.files().get(0).sha256());
    }

    @Test
    void batch_withUnknownManifestVersion_failsNamingIt() throws IOException {
        String path = "silver/_manifests/ingest_date=2026-01-02/batch=b1/_manifest.json";
        try (AtomicOutputStream out = storage().newOutputFile(path).create()) {
            out.write("{\"formatVersion\": 99}".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> reader().batch(INGEST_DATE, "b1"))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining(path)
                .hasMessageContaining("format version 99");
    }

    @Test
    void batch_withTruncatedManifest_failsNamingIt() throws IOException {
        String path = "silver/_manifests/ingest_date=2026-01-02/batch=b1/_manifest.json";
        try (AtomicOutputStream out = storage().newOutputFile(path).create()) {
            out.write("{\"formatVersion\": 1, \"files\": [".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> reader().batch(INGEST_DATE, "b1"))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("Cannot read manifest " + path);
    }

    private void copy(String from, String to) throws IOException {
        try (InputStream in = storage().newInputFile(from).newStream();
                AtomicOutputStream out = storage().newOutputFile(to).createOrOverwrite()) {
            in.transferTo(out);
        }
    }
}
