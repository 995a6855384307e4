package dev.nfe.core.spi;

import java.util.Objects;

/**
 * The logical type of a {@link Column}, independent of any file format. Each kind has one Java value type in a
 * {@link Row}: {@code TEXT}→{@link String}, {@code INT}→{@link Integer}, {@code LONG}→{@link Long},
 * {@code BOOLEAN}→{@link Boolean}, {@code DECIMAL}→{@link java.math.BigDecimal} (at the column's scale),
 * {@code DATE}→{@link java.time.LocalDate}, {@code TIMESTAMP}→{@link java.time.Instant} (microsecond precision, UTC).
 *
 * @param kind the kind of value
 * @param precision total digits, for {@code DECIMAL} only (0 otherwise)
 * @param scale digits after the point, for {@code DECIMAL} only (0 otherwise)
 */
public record ColumnType(Kind kind, int precision, int scale) {

    /** The kinds of value a column can hold. */
    public enum Kind { TEXT, INT, LONG, BOOLEAN, DECIMAL, DATE, TIMESTAMP }

    public static final ColumnType TEXT = new ColumnType(Kind.TEXT, 0, 0);
    public static final ColumnType INT = new ColumnType(Kind.INT, 0, 0);
    public static final ColumnType LONG = new ColumnType(Kind.LONG, 0, 0);
    public static final ColumnType BOOLEAN = new ColumnType(Kind.BOOLEAN, 0, 0);
    public static final ColumnType DATE = new ColumnType(Kind.DATE, 0, 0);
    public static final ColumnType TIMESTAMP = new ColumnType(Kind.TIMESTAMP, 0, 0);
    /** Money in the layout: {@code DECIMAL(15,2)}. */
    public static final ColumnType MONEY = decimal(15, 2);

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.DECIMAL) {
            if (precision < 1 || precision > 38 || scale < 0 || scale > precision) {
                throw new IllegalArgumentException(
                        "Cannot create DECIMAL(" + precision + "," + scale + "): need 1 ≤ precision ≤ 38, 0 ≤ scale ≤ precision");
            }
        } else if (precision != 0 || scale != 0) {
            throw new IllegalArgumentException("Cannot create " + kind + " with precision or scale");
        }
    }

    /** A {@code DECIMAL(precision, scale)} type. */
    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType(Kind.DECIMAL, precision, scale);
    }

    @Override
    public String toString() {
        return kind == Kind.DECIMAL ? "DECIMAL(" + precision + "," + scale + ")" : kind.name();
    }
}
