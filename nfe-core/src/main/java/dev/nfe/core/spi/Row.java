package dev.nfe.core.spi;

import java.util.Arrays;

/**
 * One row of a {@link Table}: values in column order, {@code null} where the document has no value (SQL NULL).
 * Value types follow {@link ColumnType}. Immutable.
 */
public final class Row {
    private final Object[] values;

    private Row(Object[] values) {
        this.values = values;
    }

    /** A row holding a copy of {@code values}. */
    public static Row of(Object... values) {
        return new Row(values.clone());
    }

    /** The value at column {@code index}, or {@code null} for SQL NULL. */
    public Object get(int index) {
        return values[index];
    }

    /** The number of values. */
    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
