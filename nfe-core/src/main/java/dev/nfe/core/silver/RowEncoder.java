package dev.nfe.core.silver;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.io.api.Binary;

/**
 * Puts the values of one table's {@link Row}s into Parquet column writers of {@link ParquetSchemas#of(Table)}.
 *
 * <p>A row is checked whole before any of its values is written, so a rejected row leaves the open row group as it
 * was. Each value is checked against its column (Java type, required, decimal scale and precision) and the table and
 * column are named when one does not fit. A decimal with fewer places than its column is padded with zeros; one with
 * more places is rejected unless they are zeros, because rounding money silently is never right. Timestamps are
 * stored in microseconds since the epoch (UTC); finer digits are dropped. Decimals are stored as big-endian two's
 * complement in {@link AvroSchemas#fixedSize(int)} bytes.
 *
 * <p>Not thread-safe: it keeps the encoded decimals, timestamps and dates of the row being written.
 */
final class RowEncoder {
    private static final long MICROS_PER_SECOND = 1_000_000L;
    /** Up to this precision the unscaled value of a decimal fits a {@code long}. */
    private static final int LONG_PRECISION = 18;

    private final Table table;
    private final Column[] columns;
    private final ColumnType.Kind[] kinds;
    private final int[] fixedSizes;
    /** For decimals of at most {@value #LONG_PRECISION} digits: 10^precision, the first unscaled value too large. */
    private final long[] unscaledLimits;
    private final Binary[] encoded;
    /** The row's timestamps in microseconds and dates in epoch days, by column. */
    private final long[] numbers;
    /**
     * The last text written to each column and its encoding. A document's rows repeat the same chave, doc_hash and
     * lineage instances, which are then encoded once, and the dictionary finds them by identity before comparing bytes.
     */
    private final String[] lastTexts;
    private final Binary[] lastEncodedTexts;

    RowEncoder(Table table) {
        this.table = table;
        List<Column> list = table.columns();
        int size = list.size();
        this.columns = list.toArray(Column[]::new);
        this.kinds = new ColumnType.Kind[size];
        this.fixedSizes = new int[size];
        this.unscaledLimits = new long[size];
        this.encoded = new Binary[size];
        this.numbers = new long[size];
        this.lastTexts = new String[size];
        this.lastEncodedTexts = new Binary[size];
        for (int i = 0; i < size; i++) {
            ColumnType type = columns[i].type();
            kinds[i] = type.kind();
            if (type.kind() == ColumnType.Kind.DECIMAL) {
                fixedSizes[i] = AvroSchemas.fixedSize(type.precision());
                unscaledLimits[i] = type.precision() <= LONG_PRECISION ? BigInteger.TEN.pow(type.precision()).longValueExact() : 0;
            }
        }
    }

    /**
     * Writes {@code row} as the next record of {@code writers} (one per column, in column order); the caller ends the
     * record.
     *
     * @throws NfeException naming the table and column of a value that does not fit, before anything is written
     */
    void write(Row row, ColumnWriter[] writers) {
        check(row);
        for (int i = 0; i < columns.length; i++) {
            Object value = row.get(i);
            ColumnWriter writer = writers[i];
            if (value == null) {
                writer.writeNull(0, 0);
                continue;
            }
            int level = columns[i].required() ? 0 : 1;
            switch (kinds[i]) {
                case TEXT -> writer.write(text(i, (String) value), 0, level);
                case INT -> writer.write(((Integer) value).intValue(), 0, level);
                case LONG -> writer.write(((Long) value).longValue(), 0, level);
                case BOOLEAN -> writer.write(((Boolean) value).booleanValue(), 0, level);
                case DATE -> writer.write((int) numbers[i], 0, level);
                case TIMESTAMP -> writer.write(numbers[i], 0, level);
                case DECIMAL -> writer.write(encoded[i], 0, level);
            }
        }
    }

    /** {@code value} as an array-backed binary, which the dictionary hashes and compares faster than a buffer-backed one. */
    private Binary text(int column, String value) {
        if (value != lastTexts[column]) {
            lastTexts[column] = value;
            lastEncodedTexts[column] = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
        }
        return lastEncodedTexts[column];
    }

    private void check(Row row) {
        if (row.size() != columns.length) {
            throw new NfeException("Cannot write a row to table " + table.name() + ": it has " + row.size()
                    + " values for " + columns.length + " columns");
        }
        for (int i = 0; i < columns.length; i++) {
            Column column = columns[i];
            Object value = row.get(i);
            if (value == null) {
                if (column.required()) {
                    throw invalid(column, "is required but null");
                }
                continue;
            }
            switch (kinds[i]) {
                case TEXT -> require(column, value, String.class);
                case INT -> require(column, value, Integer.class);
                case LONG -> require(column, value, Long.class);
                case BOOLEAN -> require(column, value, Boolean.class);
                case DATE -> numbers[i] = toEpochDay(column, require(column, value, LocalDate.class));
                case TIMESTAMP -> numbers[i] = toMicros(column, require(column, value, Instant.class));
                case DECIMAL -> encoded[i] = toFixed(i, require(column, value, BigDecimal.class));
            }
        }
    }

    private <T> T require(Column column, Object value, Class<T> javaType) {
        if (!javaType.isInstance(value)) {
            throw invalid(column, "expects " + javaType.getSimpleName() + ", was " + value.getClass().getSimpleName());
        }
        return javaType.cast(value);
    }

    private int toEpochDay(Column column, LocalDate date) {
        long day = date.toEpochDay();
        if (day != (int) day) {
            throw invalid(column, "cannot hold " + date + " in days since 1970-01-01");
        }
        return (int) day;
    }

    private long toMicros(Column column, Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / 1_000);
        } catch (ArithmeticException e) {
            throw invalid(column, "cannot hold " + instant + " in microseconds");
        }
    }

    private Binary toFixed(int index, BigDecimal value) {
        Column column = columns[index];
        ColumnType type = column.type();
        BigDecimal scaled;
        try {
            scaled = value.setScale(type.scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw invalid(column, "has " + value.scale() + " decimal places, more than " + type + " holds: " + value.toPlainString());
        }
        byte[] fixed = new byte[fixedSizes[index]];
        long limit = unscaledLimits[index];
        if (limit != 0) {
            BigInteger unscaledValue = scaled.unscaledValue();
            long unscaled = unscaledValue.longValue();
            if (unscaledValue.bitLength() > 63 || unscaled >= limit || unscaled <= -limit) {
                throw tooManyDigits(column, value);
            }
            for (int i = fixed.length - 1; i >= 0; i--) {
                fixed[i] = (byte) unscaled;
                unscaled >>= 8;
            }
            return Binary.fromConstantByteArray(fixed);
        }
        if (scaled.precision() - scaled.scale() > type.precision() - type.scale()) {
            throw tooManyDigits(column, value);
        }
        byte[] unscaled = scaled.unscaledValue().toByteArray();
        byte sign = (byte) (unscaled[0] < 0 ? -1 : 0);
        int padding = fixed.length - unscaled.length;
        for (int i = 0; i < padding; i++) {
            fixed[i] = sign;
        }
        System.arraycopy(unscaled, 0, fixed, padding, unscaled.length);
        return Binary.fromConstantByteArray(fixed);
    }

    private NfeException tooManyDigits(Column column, BigDecimal value) {
        return invalid(column, "has more integer digits than " + column.type() + " holds: " + value.toPlainString());
    }

    private NfeException invalid(Column column, String problem) {
        return new NfeException("Cannot write table " + table.name() + " column " + column.name() + ": value " + problem);
    }
}
