package dev.nfe.core.silver;

import static dev.nfe.core.silver.TestTables.ALL_TYPES;
import static dev.nfe.core.silver.TestTables.INGEST_DATE;
import static dev.nfe.core.silver.TestTables.OTHER;
import static dev.nfe.core.silver.TestTables.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetLayerWriterTest {
    @TempDir
    Path root;

    private Storage storage() {
        return new LocalStorage(root);
    }

    private static ParquetLayerWriter writer() {
        return new ParquetLayerWriter(ParquetWriterOptions.defaults());
    }

    private static Batch write(Storage storage, ParquetLayerWriter writer, String batchId, Table table, List<Row> rows) {
        try (BatchWriter batch = writer.open(storage, target(batchId, table))) {
            rows.forEach(row -> batch.write(table, row));
            return batch.commit();
        }
    }

    private static List<Row> read(Storage storage, Batch batch, Table table) {
        try (Stream<Row> rows = new ManifestLayerReader(storage, "silver").rows(batch, table)) {
            return rows.toList();
        }
    }

    @Test
    void commit_thenRead_returnsEveryValueOfEveryType() {
        List<Row> rows = TestTables.allTypesRows(1, 500);

        Batch batch = write(storage(), writer(), "b1", ALL_TYPES, rows);

        assertThat(read(storage(), batch, ALL_TYPES)).containsExactlyElementsOf(rows);
    }

    @Test
    void commit_thenRead_keepsDecimalScaleSignAndMaxPrecision() {
        List<Row> rows = List.of(
                row(new BigDecimal("-0.01"), new BigDecimal("99999999999.9999"), new BigDecimal("9999999999999999999999999999.9999999999")),
                row(new BigDecimal("-9999999999999.99"), new BigDecimal("-99999999999.9999"), new BigDecimal("-9999999999999999999999999999.9999999999")),
                row(new BigDecimal("0.00"), new BigDecimal("0"), new BigDecimal("1E-10")),
                row(new BigDecimal("12.5"), new BigDecimal("-1.5"), new BigDecimal("-1")));

        List<Row> read = read(storage(), write(storage(), writer(), "b1", ALL_TYPES, rows), ALL_TYPES);

        assertThat(read).extracting(row -> ((BigDecimal) row.get(4)).toPlainString())
                .containsExactly("-0.01", "-9999999999999.99", "0.00", "12.50");
        assertThat(read).extracting(row -> ((BigDecimal) row.get(5)).toPlainString())
                .containsExactly("99999999999.9999", "-99999999999.9999", "0.0000", "-1.5000");
        assertThat(read).extracting(row -> ((BigDecimal) row.get(6)).toPlainString())
                .containsExactly("9999999999999999999999999999.9999999999", "-9999999999999999999999999999.9999999999",
                        "0.0000000001", "-1.0000000000");
    }

    @Test
    void commit_thenRead_keepsTimestampMicrosAndDatesAcrossEpoch() {
        Instant beforeEpoch = Instant.parse("1969-12-31T23:59:59.999999Z");
        Instant withMicros = Instant.parse("2026-01-02T10:15:30.123456Z");
        List<Row> rows = List.of(
                Row.of("k1", 1, null, null, null, null, null, LocalDate.of(1900, 1, 1), beforeEpoch, null),
                Row.of("k2", 2, null, null, null, null, null, LocalDate.of(2999, 12, 31), withMicros, null),
                Row.of("k3", 3, null, null, null, null, null, null, Instant.parse("2026-01-02T10:15:30.123456789Z"), null));

        List<Row> read = read(storage(), write(storage(), writer(), "b1", ALL_TYPES, rows), ALL_TYPES);

        assertThat(read).extracting(row -> row.get(8)).containsExactly(beforeEpoch, withMicros, withMicros);
        assertThat(read).extracting(row -> row.get(7)).containsExactly(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31), null);
    }

    @Test
    void commit_writesFilesUnderPartitionedLayoutAndManifestLast() {
        Storage storage = storage();
        Batch batch;
        try (BatchWriter writer = writer().open(storage, target("b1", ALL_TYPES, OTHER))) {
            TestTables.allTypesRows(1, 10).forEach(row -> writer.write(ALL_TYPES, row));
            TestTables.otherRows(3).forEach(row -> writer.write(OTHER, row));
            batch = writer.commit();
        }

        assertThat(batch.files()).extracting(BatchFile::path).containsExactly(
                "silver/all_types/ingest_date=2026-01-02/batch=b1/part-00000.parquet",
                "silver/other/ingest_date=2026-01-02/batch=b1/part-00000.parquet");
        assertThat(batch.rows("all_types")).isEqualTo(10);
        assertThat(batch.rows("other")).isEqualTo(3);
        try (Stream<StoredObject> objects = storage.list("")) {
            assertThat(objects.map(StoredObject::path)).containsExactly(
                    "silver/_manifests/ingest_date=2026-01-02/batch=b1/_manifest.json",
                    "silver/all_types/ingest_date=2026-01-02/batch=b1/part-00000.parquet",
                    "silver/other/ingest_date=2026-01-02/batch=b1/part-00000.parquet");
        }
    }

    @Test
    void write_pastRowLimit_rollsIntoNumberedParts() {
        ParquetLayerWriter writer = new ParquetLayerWriter(options(100, ParquetWriterOptions.DEFAULT_MAX_BYTES_PER_FILE));
        List<Row> rows = TestTables.allTypesRows(2, 450);

        Batch batch = write(storage(), writer, "b1", ALL_TYPES, rows);

        assertThat(batch.files()).extracting(BatchFile::rows).containsExactly(100L, 100L, 100L, 100L, 50L);
        assertThat(batch.files()).extracting(BatchFile::path).extracting(p -> p.substring(p.lastIndexOf('/') + 1))
                .containsExactly("part-00000.parquet", "part-00001.parquet", "part-00002.parquet", "part-00003.parquet",
                        "part-00004.parquet");
        assertThat(read(storage(), batch, ALL_TYPES)).containsExactlyElementsOf(rows);
    }

    @Test
    void write_pastByteLimit_rollsBeforeFilesGrowMuchPastIt() {
        long maxBytes = 64 * 1024;
        ParquetLayerWriter writer = new ParquetLayerWriter(options(ParquetWriterOptions.DEFAULT_MAX_ROWS_PER_FILE, maxBytes));
        List<Row> rows = TestTables.allTypesRows(3, 5_000);

        Batch batch = write(storage(), writer, "b1", ALL_TYPES, rows);

        assertThat(batch.files()).hasSizeGreaterThan(3);
        assertThat(batch.files()).allSatisfy(file -> assertThat(file.bytes()).isLessThanOrEqualTo(maxBytes + 1024));
        assertThat(batch.rows("all_types")).isEqualTo(5_000);
        assertThat(read(storage(), batch, ALL_TYPES)).containsExactlyElementsOf(rows);
    }

    @Test
    void commit_ofSameRowsTwice_writesByteIdenticalFiles(@TempDir Path otherRoot) {
        List<Row> rows = TestTables.allTypesRows(4, 2_000);
        ParquetLayerWriter writer = new ParquetLayerWriter(options(700, ParquetWriterOptions.DEFAULT_MAX_BYTES_PER_FILE));

        Batch first = write(storage(), writer, "b1", ALL_TYPES, rows);
        Batch second = write(new LocalStorage(otherRoot), writer, "b1", ALL_TYPES, rows);

        assertThat(first.files()).hasSize(3);
        assertThat(second).usingRecursiveComparison().isEqualTo(first);
        assertThat(Contents.of(new LocalStorage(otherRoot))).isEqualTo(Contents.of(storage()));
    }

    @Test
    void commit_ofTableWithoutRows_writesNoFileForIt() {
        Storage storage = storage();
        Batch batch;
        try (BatchWriter writer = writer().open(storage, target("b1", ALL_TYPES, OTHER))) {
            TestTables.otherRows(2).forEach(row -> writer.write(OTHER, row));
            batch = writer.commit();
        }

        assertThat(batch.files()).extracting(BatchFile::table).containsExactly("other");
        assertThat(batch.rows("all_types")).isZero();
        assertThat(Contents.of(storage).keySet()).noneMatch(path -> path.contains("all_types"));
    }

    @Test
    void commit_ofBatchWithoutRows_writesOnlyTheManifest() {
        Storage storage = storage();
        Batch batch;
        try (BatchWriter writer = writer().open(storage, target("b1", ALL_TYPES))) {
            batch = writer.commit();
        }

        assertThat(batch.files()).isEmpty();
        assertThat(Contents.of(storage).keySet())
                .containsExactly("silver/_manifests/ingest_date=2026-01-02/batch=b1/_manifest.json");
        assertThat(new ManifestLayerReader(storage, "silver").batch(INGEST_DATE, "b1")).contains(batch);
    }

    @Test
    void open_whenBatchAlreadyCommitted_throwsCommitConflictAndTouchesNothing() {
        Storage storage = storage();
        write(storage, writer(), "b1", OTHER, TestTables.otherRows(3).toList());
        Map<String, String> before = Contents.of(storage);

        assertThatThrownBy(() -> writer().open(storage, target("b1", OTHER)))
                .isInstanceOf(CommitConflictException.class)
                .hasMessageContaining("already committed");
        assertThat(Contents.of(storage)).isEqualTo(before);
    }

    @Test
    void commit_whenAnotherWriterCommittedMeanwhile_throwsCommitConflictAndKeepsItsBatch() {
        Storage storage = storage();
        List<Row> rows = TestTables.otherRows(3).toList();
        BatchWriter late = writer().open(storage, target("b1", OTHER));
        rows.forEach(row -> late.write(OTHER, row));
        Batch winner = write(storage, writer(), "b1", OTHER, rows);

        assertThatThrownBy(late::commit).isInstanceOf(CommitConflictException.class).hasMessageContaining("_manifest.json");
        late.close();

        ManifestLayerReader reader = new ManifestLayerReader(storage, "silver");
        reader.verify(winner);
        assertThat(read(storage, winner, OTHER)).containsExactlyElementsOf(rows);
    }

    @Test
    void close_withoutCommit_deletesTheFilesOfThisAttempt() {
        Storage storage = storage();
        ParquetLayerWriter writer = new ParquetLayerWriter(options(10, ParquetWriterOptions.DEFAULT_MAX_BYTES_PER_FILE));
        try (BatchWriter batch = writer.open(storage, target("b1", ALL_TYPES))) {
            TestTables.allTypesRows(5, 35).forEach(row -> batch.write(ALL_TYPES, row));
            assertThat(Contents.of(storage)).hasSize(3);
        }

        assertThat(Contents.of(storage)).isEmpty();
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void write_toTableOutsideTarget_isRejected() {
        try (BatchWriter writer = writer().open(storage(), target("b1", OTHER))) {
            assertThatThrownBy(() -> writer.write(ALL_TYPES, TestTables.allTypesRow(1, 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("all_types");
        }
    }

    @Test
    void write_afterCommit_isRejected() {
        try (BatchWriter writer = writer().open(storage(), target("b1", OTHER))) {
            writer.commit();

            assertThatThrownBy(() -> writer.write(OTHER, TestTables.otherRows(1).findFirst().orElseThrow()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("committed");
        }
    }

    @Test
    void write_ofInvalidValue_onOneThread_namesTableAndColumn() {
        ParquetWriterOptions oneThread = new ParquetWriterOptions(ParquetWriterOptions.DEFAULT_MAX_ROWS_PER_FILE,
                ParquetWriterOptions.DEFAULT_MAX_BYTES_PER_FILE, ParquetWriterOptions.DEFAULT_ROW_GROUP_SIZE,
                Compression.ZSTD, 1);
        try (BatchWriter writer = new ParquetLayerWriter(oneThread).open(storage(), target("b1", OTHER))) {
            assertThatThrownBy(() -> writer.write(OTHER, Row.of("k", 12.5)))
                    .isInstanceOf(NfeException.class)
                    .hasMessageContaining("table other column v_nf");
        }
    }

    /** Encoded on a pool, a row that does not fit fails the commit at the latest, and nothing becomes visible. */
    @Test
    void commit_afterInvalidValue_onSeveralThreads_failsNamingTableAndColumnAndCommitsNothing() {
        ParquetWriterOptions fourThreads = new ParquetWriterOptions(ParquetWriterOptions.DEFAULT_MAX_ROWS_PER_FILE,
                ParquetWriterOptions.DEFAULT_MAX_BYTES_PER_FILE, ParquetWriterOptions.DEFAULT_ROW_GROUP_SIZE,
                Compression.ZSTD, 4);
        Storage storage = storage();
        try (BatchWriter writer = new ParquetLayerWriter(fourThreads).open(storage, target("b1", OTHER, ALL_TYPES))) {
            assertThatThrownBy(() -> {
                TestTables.otherRows(3000).forEach(row -> writer.write(OTHER, row));
                writer.write(OTHER, Row.of("k", 12.5));
                TestTables.otherRows(3000).forEach(row -> writer.write(OTHER, row));
                writer.commit();
            }).isInstanceOf(NfeException.class).hasMessageContaining("table other column v_nf");
        }

        assertThat(new ManifestLayerReader(storage, "silver").batches()).isEmpty();
        assertThat(filesUnder(root)).isEmpty();
    }

    /** The files of a batch are byte for byte the same whether its tables are encoded on one thread or on four. */
    @Test
    void commit_onFourThreads_writesTheSameFilesAsOnOne() throws IOException {
        List<Map<String, String>> runs = new ArrayList<>();
        for (int threads : new int[] {1, 4}) {
            Path lake = root.resolve("threads-" + threads);
            Storage storage = new LocalStorage(lake);
            ParquetWriterOptions options = new ParquetWriterOptions(2500, ParquetWriterOptions.DEFAULT_MAX_BYTES_PER_FILE,
                    ParquetWriterOptions.DEFAULT_ROW_GROUP_SIZE, Compression.ZSTD, threads);
            try (BatchWriter writer = new ParquetLayerWriter(options).open(storage, target("b1", OTHER, ALL_TYPES))) {
                List<Row> other = TestTables.otherRows(10_000).toList();
                for (int i = 0; i < other.size(); i++) {
                    writer.write(OTHER, other.get(i));
                    writer.write(ALL_TYPES, TestTables.allTypesRow(i, i));
                }
                writer.commit();
            }
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> paths = Files.walk(lake)) {
                for (Path path : paths.filter(Files::isRegularFile).toList()) {
                    files.put(lake.relativize(path).toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
                }
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            runs.add(files);
        }

        assertThat(runs.get(0)).hasSize(9);
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
    }

    @Test
    void commit_writesManifestWithTablesColumnsFilesAndChecksums() throws IOException {
        Storage storage = storage();
        Batch batch;
        try (BatchWriter writer = writer().open(storage, target("b1", OTHER, ALL_TYPES))) {
            TestTables.otherRows(3).forEach(row -> writer.write(OTHER, row));
            batch = writer.commit();
        }

        JsonNode manifest;
        try (InputStream in = storage.newInputFile("silver/_manifests/ingest_date=2026-01-02/batch=b1/_manifest.json").newStream()) {
            manifest = new ObjectMapper().readTree(in);
        }
        assertThat(manifest.fieldNames()).toIterable()
                .containsExactly("formatVersion", "format", "layer", "batchId", "ingestDate", "tables", "files");
        assertThat(manifest.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(manifest.get("batchId").asText()).isEqualTo("b1");
        assertThat(manifest.get("ingestDate").asText()).isEqualTo("2026-01-02");
        assertThat(manifest.get("tables")).extracting(t -> t.get("name").asText()).containsExactly("other", "all_types");
        assertThat(manifest.get("tables")).extracting(t -> t.get("rows").asLong()).containsExactly(3L, 0L);
        assertThat(manifest.get("tables")).allSatisfy(table -> assertThat(table.fieldNames()).toIterable()
                .containsExactly("name", "rows"));
        BatchFile file = batch.files().get(0);
        JsonNode fileNode = manifest.get("files").get(0);
        assertThat(fileNode.get("path").asText()).isEqualTo(file.path());
        assertThat(fileNode.get("rows").asLong()).isEqualTo(3);
        assertThat(fileNode.get("bytes").asLong()).isEqualTo(storage.newInputFile(file.path()).length());
        assertThat(fileNode.get("sha256").asText()).isEqualTo(Contents.of(storage).get(file.path()));
    }

    @Test
    void footer_declaresDecimalTimestampAndDateAnnotationsAndZstd() throws IOException {
        Batch batch = write(storage(), writer(), "b1", ALL_TYPES, TestTables.allTypesRows(6, 20));

        ParquetMetadata footer = ParquetFooter.read(storage(), batch.files().get(0).path());

        MessageType schema = footer.getFileMetaData().getSchema();
        PrimitiveType money = schema.getType("v_prod").asPrimitiveType();
        assertThat(money.getPrimitiveTypeName()).isEqualTo(PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY);
        assertThat(money.getTypeLength()).isEqualTo(7);
        assertThat(money.getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.decimalType(2, 15));
        assertThat(money.getRepetition()).isEqualTo(org.apache.parquet.schema.Type.Repetition.OPTIONAL);
        PrimitiveType widest = schema.getType("widest").asPrimitiveType();
        assertThat(widest.getTypeLength()).isEqualTo(16);
        assertThat(widest.getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.decimalType(10, 38));
        PrimitiveType timestamp = schema.getType("dh_emi").asPrimitiveType();
        assertThat(timestamp.getPrimitiveTypeName()).isEqualTo(PrimitiveType.PrimitiveTypeName.INT64);
        assertThat(timestamp.getLogicalTypeAnnotation())
                .isEqualTo(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS));
        assertThat(schema.getType("d_emi").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.dateType());
        assertThat(schema.getType("chave").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
        assertThat(schema.getType("chave").getRepetition()).isEqualTo(org.apache.parquet.schema.Type.Repetition.REQUIRED);
        assertThat(footer.getBlocks()).flatMap(BlockMetaData::getColumns)
                .extracting(ColumnChunkMetaData::getCodec).containsOnly(CompressionCodecName.ZSTD);
    }

    @Test
    void footer_showsDictionariesOnlyForTheColumnsWhoseValuesRepeatAcrossDocuments() throws IOException {
        Table volumes = SilverTables.named("nfe_volume").orElseThrow();
        List<Row> rows = IntStream.range(0, 40).mapToObj(i -> Row.of("chave-" + i, "hash-" + i, 1, "b1", "f" + i + ".xml",
                (long) i, i % 2 == 0 ? "CAIXA" : "PALETE", i % 2 == 0 ? "ACME" : "OUTRA", "v" + i,
                new BigDecimal(i + ".500"), null, null)).toList();
        Batch batch = write(storage(), writer(), "b1", volumes, rows);

        ParquetMetadata footer = ParquetFooter.read(storage(), batch.files().get(0).path());

        Map<String, Boolean> dictionaries = footer.getBlocks().get(0).getColumns().stream().collect(
                Collectors.toMap(column -> column.getPath().toDotString(), ColumnChunkMetaData::hasDictionaryPage));
        assertThat(dictionaries).containsEntry("vol_esp", true)
                .containsEntry("chave", false).containsEntry("vol_peso_l", false).containsEntry("vol_q_vol", false)
                .containsEntry("vol_marca", false);
    }

    @Test
    void footer_holdsNothingThatVariesBetweenRuns() throws IOException {
        Batch batch = write(storage(), writer(), "b1", OTHER, TestTables.otherRows(5).toList());

        FileMetaData metadata = ParquetFooter.read(storage(), batch.files().get(0).path()).getFileMetaData();

        assertThat(metadata.getCreatedBy()).startsWith("parquet-mr version 1.18.1");
        assertThat(metadata.getKeyValueMetaData()).containsOnlyKeys("parquet.avro.schema", "writer.model.name");
        assertThat(metadata.getKeyValueMetaData().get("parquet.avro.schema")).contains("\"namespace\":\"dev.nfe.silver\"");
    }

    /**
     * 200k rows of a 40-column table with 1 MiB row groups: the writer's buffer, sampled after every row, never
     * holds much more than one row group, so memory does not grow with the batch.
     */
    @Test
    void write_ofManyWideRows_buffersAtMostAboutOneRowGroup() {
        long rowGroupSize = 1024 * 1024;
        ParquetWriterOptions options = new ParquetWriterOptions(
                ParquetWriterOptions.DEFAULT_MAX_ROWS_PER_FILE, 1024L * 1024 * 1024, rowGroupSize, Compression.ZSTD);
        Storage storage = storage();
        Batch batch;
        long peak;
        try (BatchWriter writer = new ParquetLayerWriter(options).open(storage, target("b1", TestTables.WIDE))) {
            for (int i = 0; i < 200_000; i++) {
                writer.write(TestTables.WIDE, TestTables.wideRow(i));
            }
            batch = writer.commit();
            peak = ((ParquetBatchWriter) writer).peakBufferedBytes();
        }

        assertThat(peak).isBetween(rowGroupSize / 2, rowGroupSize + rowGroupSize / 10);
        assertThat(batch.files()).hasSize(1);
        try (Stream<Row> rows = new ManifestLayerReader(storage, "silver").rows(batch, TestTables.WIDE)) {
            assertThat(rows.count()).isEqualTo(200_000);
        }
    }

    private static ParquetWriterOptions options(long maxRows, long maxBytes) {
        return new ParquetWriterOptions(maxRows, maxBytes, Math.min(maxBytes, ParquetWriterOptions.DEFAULT_ROW_GROUP_SIZE),
                Compression.ZSTD);
    }

    private static List<String> filesUnder(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).map(Path::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(BigDecimal money, BigDecimal quantity, BigDecimal widest) {
        return Row.of("k", 1, null, null, money, quantity, widest, null, null, null);
    }
}
