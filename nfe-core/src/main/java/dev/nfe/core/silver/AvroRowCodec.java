package dev.nfe.core.silver;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;

/**
 * Converts the {@link Row}s of one {@link Table} to Avro records of {@link AvroSchemas#of(Table)} and back.
 *
 * <p>Writing checks every value against its column (Java type, required, decimal scale and precision) and names the
 * table and column when one does not fit. A decimal with fewer places than its column is padded with zeros; one with
 * more places is rejected unless they are zeros, because rounding money silently is never right. Timestamps are
 * stored in microseconds; finer digits are dropped. Reading maps by column name, so a file written before an
 * optional column was added reads that column as null.
 */
final class AvroRowCodec {
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private final Table table;
    private final Schema schema;
    private final List<Column> columns;
    /** Each column's schema without the null branch, for the fixed types of decimals. */
    private final Schema[] valueSchemas;

    AvroRowCodec(Table table) {
        this.table = table;
        this.schema = AvroSchemas.of(table);
        this.columns = table.columns();
        this.valueSchemas = new Schema[columns.size()];
        for (int i = 0; i < valueSchemas.length; i++) {
            Schema field = schema.getFields().get(i).schema();
            valueSchemas[i] = columns.get(i).required() ? field : field.getTypes().get(1);
        }
    }

    Schema schema() {
        return schema;
    }

    GenericRecord toRecord(Row row) {
        if (row.size() != columns.size()) {
            throw new NfeException("Cannot write a row to table " + table.name() + ": it has " + row.size()
                    + " values for " + columns.size() + " columns");
        }
        GenericData.Record record = new GenericData.Record(schema);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Object value = row.get(i);
            if (value == null) {
                if (column.required()) {
                    throw invalid(column, "is required but null");
                }
            } else {
                record.put(i, toAvro(column, valueSchemas[i], value));
            }
        }
        return record;
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

    private Object toAvro(Column column, Schema valueSchema, Object value) {
        ColumnType type = column.type();
        return switch (type.kind()) {
            case TEXT -> require(column, value, String.class);
            case INT -> require(column, value, Integer.class);
            case LONG -> require(column, value, Long.class);
            case BOOLEAN -> require(column, value, Boolean.class);
            case DATE -> Math.toIntExact(require(column, value, LocalDate.class).toEpochDay());
            case TIMESTAMP -> toMicros(column, require(column, value, Instant.class));
            case DECIMAL -> toFixed(column, valueSchema, require(column, value, BigDecimal.class));
        };
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

    private <T> T require(Column column, Object value, Class<T> javaType) {
        if (!javaType.isInstance(value)) {
            throw invalid(column, "expects " + javaType.getSimpleName() + ", was " + value.getClass().getSimpleName());
        }
        return javaType.cast(value);
    }

    private long toMicros(Column column, Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / 1_000);
        } catch (ArithmeticException e) {
            throw invalid(column, "cannot hold " + instant + " in microseconds");
        }
    }

    private static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1_000);
    }

    private GenericFixed toFixed(Column column, Schema fixedSchema, BigDecimal value) {
        ColumnType type = column.type();
        BigDecimal scaled;
        try {
            scaled = value.setScale(type.scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw invalid(column, "has " + value.scale() + " decimal places, more than " + type + " holds: " + value.toPlainString());
        }
        if (scaled.precision() - scaled.scale() > type.precision() - type.scale()) {
            throw invalid(column, "has more integer digits than " + type + " holds: " + value.toPlainString());
        }
        byte[] unscaled = scaled.unscaledValue().toByteArray();
        int size = fixedSchema.getFixedSize();
        byte[] fixed = new byte[size];
        byte sign = (byte) (unscaled[0] < 0 ? -1 : 0);
        int padding = size - unscaled.length;
        for (int i = 0; i < padding; i++) {
            fixed[i] = sign;
        }
        System.arraycopy(unscaled, 0, fixed, padding, unscaled.length);
        return new GenericData.Fixed(fixedSchema, fixed);
    }

    private NfeException invalid(Column column, String problem) {
        return new NfeException("Cannot write table " + table.name() + " column " + column.name() + ": value " + problem);
    }
}
