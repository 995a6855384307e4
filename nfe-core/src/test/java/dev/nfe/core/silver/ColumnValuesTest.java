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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnValuesTest {

    private static final Table TABLE = new Table("t", List.of(
            new Column("chave", ColumnType.TEXT, true, "/k"),
            new Column("v_nf", ColumnType.MONEY, false, "/vNF"),
            new Column("p_icms", LayoutDecimals.RATE, false, "/pICMS"),
            new Column("dh_emi", ColumnType.TIMESTAMP, false, "/dhEmi"),
            new Column("q_vol", ColumnType.LONG, false, "/qVol")));
    private static final RowContext CONTEXT = new RowContext(SilverFixtures.CHAVE, SilverFixtures.VERSION, "b-1", "src");

    private static Row row(Object vNF, Object pICMS, Object dhEmi, Object qVol) {
        return ColumnValues.toRow(TABLE, new Object[] {"k", vNF, pICMS, dhEmi, qVol}, CONTEXT);
    }

    @Test
    void toRow_decimalWithFewerDecimals_keepsTheColumnScale() {
        Row row = row(new BigDecimal("10"), new BigDecimal("18.5"), null, null);

        assertThat((BigDecimal) row.get(1)).isEqualTo(new BigDecimal("10.00")).hasScaleOf(2);
        assertThat((BigDecimal) row.get(2)).isEqualTo(new BigDecimal("18.5000")).hasScaleOf(4);
    }

    @Test
    void toRow_decimalWithMoreDecimalsThanTheScale_failsNamingChaveColumnAndValue() {
        assertThatThrownBy(() -> row(new BigDecimal("1.005"), null, null, null))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining(SilverFixtures.CHAVE.value())
                .hasMessageContaining("t.v_nf")
                .hasMessageContaining("value 1.005 has more than 2 decimals");
    }

    @Test
    void toRow_decimalWithTooManyIntegerDigits_fails() {
        assertThatThrownBy(() -> row(null, new BigDecimal("1000.5"), null, null))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("t.p_icms")
                .hasMessageContaining("value 1000.5 has more than 3 integer digits");
    }

    @Test
    void toRow_layoutTimestamp_isItsUtcInstant() {
        Row row = row(null, null, OffsetDateTime.parse("2024-01-15T23:30:00-03:00"), null);

        assertThat(row.get(3)).isEqualTo(Instant.parse("2024-01-16T02:30:00Z"));
    }

    @Test
    void toRow_timestampFinerThanMicroseconds_fails() {
        assertThatThrownBy(() -> row(null, null, Instant.parse("2024-01-15T10:00:00.000000001Z"), null))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("t.dh_emi")
                .hasMessageContaining("finer than the microseconds");
    }

    @Test
    void toRow_counterGivenAsText_isParsed() {
        assertThat(row(null, null, null, "0012").get(4)).isEqualTo(12L);
    }

    @Test
    void toRow_counterThatIsNotANumber_fails() {
        assertThatThrownBy(() -> row(null, null, null, "12 cx"))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("t.q_vol")
                .hasMessageContaining("value '12 cx' is not a counter");
    }

    @Test
    void toRow_emptyOptional_isSqlNull() {
        assertThat(row(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .isEqualTo(Row.of("k", null, null, null, null));
    }

    @Test
    void toRow_requiredColumnWithoutValue_fails() {
        assertThatThrownBy(() -> ColumnValues.toRow(TABLE, new Object[] {Optional.empty(), null, null, null, null}, CONTEXT))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("t.chave: the column is required but has no value");
    }
}
