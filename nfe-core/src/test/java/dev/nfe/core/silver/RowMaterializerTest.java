package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RowMaterializer} over files {@link PartFileWriter} wrote, checked against parquet-avro's record assembly. */
class RowMaterializerTest {
    private static final String PATH = "silver/t/part-00000.parquet";

    @TempDir
    Path root;

    private Storage storage() {
        return new LocalStorage(root);
    }

    private void write(Table table, List<Row> rows) {
        write(TableFileFormat.of(table), rows);
    }

    private void write(TableFileFormat format, List<Row> rows) {
        PartFileWriter writer = PartFileWriter.open(storage(), PATH, format.table().name(), format,
                ParquetWriterOptions.defaults());
        rows.forEach(writer::write);
        writer.finish();
    }

    private List<Row> read(Table table) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (ParquetRecordReader<Row> reader = ParquetRecordReader.open(new StorageInputFile(storage().newInputFile(PATH)),
                metadata -> RowMaterializer.of(table, metadata))) {
            Optional<Row> row;
            while ((row = reader.read()).isPresent()) {
                rows.add(row.get());
            }
        }
        return rows;
    }

    private List<Row> readWithAvro(Table table) throws IOException {
        AvroRowCodec codec = new AvroRowCodec(table);
        List<Row> rows = new ArrayList<>();
        try (ParquetRecordReader<GenericRecord> reader = AvroFileReader.open(new StorageInputFile(storage().newInputFile(PATH)))) {
            Optional<GenericRecord> record;
            while ((record = reader.read()).isPresent()) {
                rows.add(codec.toRow(record.get()));
            }
        }
        return rows;
    }

    @Test
    void read_everyTypeWithNulls_givesTheRowsWrittenAsAvroReadsThem() throws IOException {
        List<Row> rows = TestTables.allTypesRows(5, 2_000);
        write(TestTables.ALL_TYPES, rows);

        assertThat(read(TestTables.ALL_TYPES)).containsExactlyElementsOf(rows)
                .containsExactlyElementsOf(readWithAvro(TestTables.ALL_TYPES));
    }

    @Test
    void read_ofDictionaryEncodedColumns_decodesEveryRow() throws IOException {
        Table table = new Table("repeated", List.of(
                new Column("chave", ColumnType.TEXT, true, "test"),
                new Column("v_prod", ColumnType.MONEY, true, "test")));
        List<Row> rows = IntStream.range(0, 5_000)
                .mapToObj(i -> Row.of("chave " + i % 13, new BigDecimal(i % 5 + ".25")))
                .toList();
        write(TableFileFormat.of(table, ParquetSchemas.FieldIds.NONE, Set.of("chave", "v_prod")), rows);

        // Parquet 1.0 pages have no dictionary for fixed-length decimals: the texts are the dictionary-encoded column
        assertThatChunksHaveADictionary("chave");
        assertThat(read(table)).containsExactlyElementsOf(rows);
    }

    @Test
    void read_decimalsStoredAsDictionaryEncodedIntegers_asSparksIcebergWriterStoresThem_decodesEveryRow()
            throws IOException {
        Table table = new Table("integer_decimals", List.of(
                new Column("v_prod", ColumnType.MONEY, true, "test"),
                new Column("p_icms", ColumnType.decimal(7, 4), true, "test")));
        List<Row> rows = IntStream.range(0, 3_000)
                .mapToObj(i -> Row.of(BigDecimal.valueOf(i % 7 * 100_001L, 2), BigDecimal.valueOf(i % 3 * 45_000, 4)))
                .toList();
        writeAsIntegers(rows);

        assertThatChunksHaveADictionary("v_prod", "p_icms");
        assertThat(read(table)).containsExactlyElementsOf(rows);
    }

    private void assertThatChunksHaveADictionary(String... columns) throws IOException {
        try (ParquetFileReader file = HadoopFreeParquet.openFile(new StorageInputFile(storage().newInputFile(PATH)),
                new PlainParquetConfiguration())) {
            assertThat(file.getFooter().getBlocks().get(0).getColumns())
                    .filteredOn(chunk -> List.of(columns).contains(chunk.getPath().toDotString()))
                    .hasSize(columns.length)
                    .allSatisfy(chunk -> assertThat(chunk.hasDictionaryPage()).isTrue());
        }
    }

    /** Writes {@code rows} of two decimals as INT64 and INT32 columns, dictionary encoded. */
    private void writeAsIntegers(List<Row> rows) throws IOException {
        MessageType schema = Types.buildMessage()
                .required(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(2, 15)).named("v_prod")
                .required(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.decimalType(4, 7)).named("p_icms")
                .named("integer_decimals");
        ParquetProperties properties = ParquetProperties.builder().withDictionaryEncoding(true).build();
        HadoopFreeCodecFactory codecs = new HadoopFreeCodecFactory();
        ParquetFileWriter file = HadoopFreeParquet.fileWriter(new StorageOutputFile(storage().newOutputFile(PATH)),
                schema, 1 << 20, properties);
        file.start();
        ColumnChunkPageWriteStore pages = ColumnChunkPageWriteStore.builder()
                .withSchema(schema)
                .withAllocator(properties.getAllocator())
                .withCompressorProvider(column -> codecs.getCompressor(CompressionCodecName.UNCOMPRESSED))
                .build();
        ColumnWriteStore columns = properties.newColumnWriteStore(schema, pages, pages);
        ColumnWriter longs = columns.getColumnWriter(schema.getColumns().get(0));
        ColumnWriter ints = columns.getColumnWriter(schema.getColumns().get(1));
        for (Row row : rows) {
            longs.write(((BigDecimal) row.get(0)).unscaledValue().longValueExact(), 0, 0);
            ints.write(((BigDecimal) row.get(1)).unscaledValue().intValueExact(), 0, 0);
            columns.endRecord();
        }
        file.startBlock(rows.size());
        columns.flush();
        pages.flushToFileWriter(file);
        file.endBlock();
        columns.close();
        pages.close();
        file.end(Map.of());
        codecs.release();
    }

    @Test
    void read_withColumnsTheTableNoLongerHas_readsOnlyTheTablesColumns() throws IOException {
        write(TestTables.ALL_TYPES, TestTables.allTypesRows(6, 20));
        Table narrower = new Table("all_types", List.of(TestTables.ALL_TYPES.columns().get(1),
                TestTables.ALL_TYPES.columns().get(0)));

        assertThat(read(narrower)).containsExactlyElementsOf(TestTables.allTypesRows(6, 20).stream()
                .map(row -> Row.of(row.get(1), row.get(0))).toList());
    }

    @Test
    void read_whenARequiredColumnIsMissingFromTheFile_failsNamingIt() {
        write(TestTables.OTHER, TestTables.otherRows(3).toList());
        Table wider = new Table("other", List.of(TestTables.OTHER.columns().get(0), TestTables.OTHER.columns().get(1),
                new Column("n_nf", ColumnType.INT, true, "ide/nNF")));

        assertThatThrownBy(() -> read(wider)).isInstanceOf(NfeException.class)
                .hasMessageContaining("required column n_nf is missing or null in the file");
    }
}
