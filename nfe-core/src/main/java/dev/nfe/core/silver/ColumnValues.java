package dev.nfe.core.silver;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Turns the values a mapper read from the model into a {@link Row} of a table, checking each against its column type.
 *
 * <p>Nothing is rounded or truncated: a decimal with more decimals than its column's scale, or more integer digits
 * than its precision leaves room for, a counter that is not a number, or a timestamp finer than a microsecond is an
 * {@link NfeException} naming the chave, the column and the value. The layout's types make such a value invalid, so the
 * parser or the validator should have quarantined the document; reaching here means a check is missing upstream, and
 * failing the batch is safer than writing a different number.
 */
final class ColumnValues {

    private ColumnValues() {
    }

    /**
     * The row of {@code table} holding {@code values}, one per column in column order; {@link Optional} values are
     * unwrapped and an empty one is SQL NULL. {@code values} is converted in place: the caller hands it over.
     */
    static Row toRow(Table table, Object[] values, RowContext context) {
        if (values.length != table.columns().size()) {
            throw new IllegalStateException("Cannot map a row of " + table.name() + ": got " + values.length
                    + " values for " + table.columns().size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            Column column = table.columns().get(i);
            Object value = values[i] instanceof Optional<?> optional ? optional.orElse(null) : values[i];
            if (value == null) {
                if (column.required()) {
                    throw new NfeException(prefix(table, column, context) + ": the column is required but has no value");
                }
                values[i] = null;
            } else {
                values[i] = convert(table, column, value, context);
            }
        }
        return Row.of(values);
    }

    private static Object convert(Table table, Column column, Object value, RowContext context) {
        ColumnType type = column.type();
        return switch (type.kind()) {
            case TEXT -> as(String.class, table, column, value);
            case BOOLEAN -> as(Boolean.class, table, column, value);
            case DATE -> as(LocalDate.class, table, column, value);
            case INT -> value instanceof String text
                    ? (Object) parseCounter(table, column, text, context, Integer.MAX_VALUE).intValue()
                    : as(Integer.class, table, column, value);
            case LONG -> value instanceof String text
                    ? (Object) parseCounter(table, column, text, context, Long.MAX_VALUE)
                    : as(Long.class, table, column, value);
            case DECIMAL -> decimal(table, column, as(BigDecimal.class, table, column, value), context);
            case TIMESTAMP -> timestamp(table, column, value, context);
        };
    }

    private static BigDecimal decimal(Table table, Column column, BigDecimal value, RowContext context) {
        ColumnType type = column.type();
        BigDecimal scaled;
        try {
            scaled = value.setScale(type.scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new NfeException(prefix(table, column, context) + ": value " + value.toPlainString() + " has more than "
                    + type.scale() + " decimals, the scale of " + type, e);
        }
        if (scaled.precision() - scaled.scale() > type.precision() - type.scale()) {
            throw new NfeException(prefix(table, column, context) + ": value " + value.toPlainString() + " has more than "
                    + (type.precision() - type.scale()) + " integer digits, the room of " + type);
        }
        return scaled;
    }

    private static Instant timestamp(Table table, Column column, Object value, RowContext context) {
        Instant instant = value instanceof OffsetDateTime dateTime
                ? dateTime.toInstant()
                : as(Instant.class, table, column, value);
        if (instant.getNano() % 1_000 != 0) {
            throw new NfeException(prefix(table, column, context) + ": value " + value
                    + " is finer than the microseconds a TIMESTAMP keeps");
        }
        return instant;
    }

    private static Long parseCounter(Table table, Column column, String text, RowContext context, long max) {
        try {
            long parsed = Long.parseLong(text);
            if (parsed < 0 || parsed > max) {
                throw new NumberFormatException("out of range");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new NfeException(prefix(table, column, context) + ": value '" + text + "' is not a counter that fits "
                    + column.type(), e);
        }
    }

    private static <V> V as(Class<V> type, Table table, Column column, Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalStateException("Cannot map " + table.name() + "." + column.name() + ": a " + column.type()
                    + " column got a " + value.getClass().getSimpleName());
        }
        return type.cast(value);
    }

    private static String prefix(Table table, Column column, RowContext context) {
        return "Cannot map chave " + context.chave().value() + " to " + table.name() + "." + column.name();
    }
}
