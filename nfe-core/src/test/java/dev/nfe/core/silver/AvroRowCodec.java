package dev.nfe.core.silver;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;

/**
 * Converts the Avro records parquet-avro reads from a table's Parquet files back to {@link Row}s of that {@link Table}, to
 * check the silver layer's own reader and writer against an independent one (files are
 * written by {@link RowEncoder}). Reading maps by column name, so a file written before an optional column was added
 * reads that column as null.
 */
final class AvroRowCodec {
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private final Table table;
    private final List<Column> columns;

    AvroRowCodec(Table table) {
        this.table = table;
        this.columns = table.columns();
    }

    Row toRow(GenericRecord record) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Schema.Field field = record.getSchema().getField(column.name());
            Object value = field == null ? null : record.get(field.pos());
            if (value == null && column.required()) {
                throw new NfeException("Cannot read table " + table.name() + ": required column " + column.name()
                        + " is missing or null in the file");
            }
            values[i] = value == null ? null : fromAvro(column.type(), value);
        }
        return Row.of(values);
    }

    private static Object fromAvro(ColumnType type, Object value) {
        return switch (type.kind()) {
            case TEXT -> value.toString();
            case INT, LONG, BOOLEAN -> value;
            case DATE -> LocalDate.ofEpochDay((Integer) value);
            case TIMESTAMP -> fromMicros((Long) value);
            case DECIMAL -> new BigDecimal(new BigInteger(((GenericFixed) value).bytes()), type.scale());
        };
    }

    private static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1_000);
    }
}
