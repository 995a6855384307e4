package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvroRowCodecTest {
    private static final Table TABLE = new Table("t", List.of(
            new Column("chave", ColumnType.TEXT, true, "chave"),
            new Column("v_nf", ColumnType.MONEY, false, "vNF"),
            new Column("dh_emi", ColumnType.TIMESTAMP, false, "dhEmi")));
    private static final AvroRowCodec CODEC = new AvroRowCodec(TABLE);

    @ParameterizedTest
    @CsvSource({"12.5,12.50", "12,12.00", "12.300,12.30", "-0.01,-0.01", "9999999999999.99,9999999999999.99"})
    void toRecord_padsDecimalsToTheColumnScale(String value, String stored) {
        Row row = CODEC.toRow(CODEC.toRecord(Row.of("k", new BigDecimal(value), null)));

        assertThat(((BigDecimal) row.get(1)).toPlainString()).isEqualTo(stored);
    }

    @Test
    void toRecord_withMoreDecimalPlacesThanColumn_failsRatherThanRounding() {
        assertThatThrownBy(() -> CODEC.toRecord(Row.of("k", new BigDecimal("1.005"), null)))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("table t column v_nf")
                .hasMessageContaining("3 decimal places");
    }

    @Test
    void toRecord_withTooManyIntegerDigits_fails() {
        assertThatThrownBy(() -> CODEC.toRecord(Row.of("k", new BigDecimal("10000000000000.00"), null)))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("table t column v_nf")
                .hasMessageContaining("more integer digits than DECIMAL(15,2)");
    }

    @Test
    void toRecord_withWrongJavaType_namesExpectedAndActualTypes() {
        assertThatThrownBy(() -> CODEC.toRecord(Row.of("k", 12.5, null)))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("table t column v_nf: value expects BigDecimal, was Double");
    }

    @Test
    void toRecord_withNullInRequiredColumn_fails() {
        assertThatThrownBy(() -> CODEC.toRecord(Row.of(null, null, null)))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("table t column chave: value is required but null");
    }

    @Test
    void toRecord_withWrongNumberOfValues_fails() {
        assertThatThrownBy(() -> CODEC.toRecord(Row.of("k")))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("1 values for 3 columns");
    }

    @Test
    void toRecord_dropsSubMicrosecondDigitsOfTimestamps() {
        Row row = CODEC.toRow(CODEC.toRecord(Row.of("k", null, Instant.parse("2026-01-02T03:04:05.123456789Z"))));

        assertThat(row.get(2)).isEqualTo(Instant.parse("2026-01-02T03:04:05.123456Z"));
    }
}
