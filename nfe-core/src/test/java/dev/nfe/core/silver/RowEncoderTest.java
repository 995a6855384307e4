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
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link RowEncoder} through a real file: each value written is read back with {@link AvroRowCodec}. */
class RowEncoderTest {
    private static final Table TABLE = new Table("t", List.of(
            new Column("chave", ColumnType.TEXT, true, "chave"),
            new Column("v_nf", ColumnType.MONEY, false, "vNF"),
            new Column("dh_emi", ColumnType.TIMESTAMP, false, "dhEmi")));
    private static final AvroRowCodec CODEC = new AvroRowCodec(TABLE);

    @TempDir
    Path root;

    /** Writes {@code row} alone to a file and reads it back. */
    private Row roundTrip(Row row) {
        Storage storage = new LocalStorage(root);
        PartFileWriter writer = PartFileWriter.open(storage, "t/part-00000.parquet", "t", TableFileFormat.of(TABLE),
                ParquetWriterOptions.defaults());
        writer.write(row);
        writer.finish();
        try (ParquetRecordReader<GenericRecord> reader = AvroFileReader.open(new StorageInputFile(storage.newInputFile("t/part-00000.parquet")))) {
            return CODEC.toRow(reader.read().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code row} into a fresh file, which is then aborted. */
    private void write(Row row) {
        PartFileWriter writer = PartFileWriter.open(new LocalStorage(root), "t/part-00000.parquet", "t",
                TableFileFormat.of(TABLE), ParquetWriterOptions.defaults());
        try {
            writer.write(row);
        } finally {
            writer.abort();
        }
    }

    @ParameterizedTest
    @CsvSource({"12.5,12.50", "12,12.00", "12.300,12.30", "-0.01,-0.01", "9999999999999.99,9999999999999.99"})
    void write_padsDecimalsToTheColumnScale(String value, String stored) {
        Row row = roundTrip((Row.of("k", new BigDecimal(value), null)));

        assertThat(((BigDecimal) row.get(1)).toPlainString()).isEqualTo(stored);
    }

    @Test
    void write_withMoreDecimalPlacesThanColumn_failsRatherThanRounding() {
        assertThatThrownBy(() -> write(Row.of("k", new BigDecimal("1.005"), null)))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("table t column v_nf")
                .hasMessageContaining("3 decimal places");
    }

    @Test
    void write_withTooManyIntegerDigits_fails() {
        assertThatThrownBy(() -> write(Row.of("k", new BigDecimal("10000000000000.00"), null)))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("table t column v_nf")
                .hasMessageContaining("more integer digits than DECIMAL(15,2)");
    }

    @Test
    void write_withWrongJavaType_namesExpectedAndActualTypes() {
        assertThatThrownBy(() -> write(Row.of("k", 12.5, null)))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("table t column v_nf: value expects BigDecimal, was Double");
    }

    @Test
    void write_withNullInRequiredColumn_fails() {
        assertThatThrownBy(() -> write(Row.of(null, null, null)))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("table t column chave: value is required but null");
    }

    @ParameterizedTest
    @CsvSource({"-9999999999999.99", "0.00", "-1", "1"})
    void write_ofMoneyAtTheEdges_readsBackTheSameValue(String value) {
        Row row = roundTrip(Row.of("k", new BigDecimal(value), null));

        assertThat((BigDecimal) row.get(1)).isEqualByComparingTo(value);
    }

    @Test
    void write_ofRejectedRow_leavesTheFileWritable() {
        Storage storage = new LocalStorage(root);
        PartFileWriter writer = PartFileWriter.open(storage, "t/part-00000.parquet", "t", TableFileFormat.of(TABLE),
                ParquetWriterOptions.defaults());
        writer.write(Row.of("a", BigDecimal.ONE, null));
        assertThatThrownBy(() -> writer.write(Row.of("b", new BigDecimal("1.001"), null))).isInstanceOf(NfeException.class);
        writer.write(Row.of("c", BigDecimal.TEN, null));
        writer.finish();

        List<Row> read = new ArrayList<>();
        try (ParquetRecordReader<GenericRecord> reader = AvroFileReader.open(new StorageInputFile(storage.newInputFile("t/part-00000.parquet")))) {
            reader.read().ifPresent(record -> read.add(CODEC.toRow(record)));
            reader.read().ifPresent(record -> read.add(CODEC.toRow(record)));
            assertThat(reader.read()).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(read).extracting(r -> r.get(0)).containsExactly("a", "c");
    }

    @Test
    void write_withWrongNumberOfValues_fails() {
        assertThatThrownBy(() -> write(Row.of("k")))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("1 values for 3 columns");
    }

    @Test
    void write_dropsSubMicrosecondDigitsOfTimestamps() {
        Row row = roundTrip((Row.of("k", null, Instant.parse("2026-01-02T03:04:05.123456789Z"))));

        assertThat(row.get(2)).isEqualTo(Instant.parse("2026-01-02T03:04:05.123456Z"));
    }
}
