package dev.nfe.redshift;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.redshift.dialect.SqlIdentifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A column of a target table as the driver describes it, and how it maps to a gold column.
 *
 * @param name the column name
 * @param jdbcType its {@link Types} code
 * @param typeName the warehouse's type name ({@code timestamptz})
 * @param precision declared precision
 * @param scale declared scale
 * @param nullability whether it may hold NULL
 */
record TargetColumn(String name, int jdbcType, String typeName, int precision, int scale, Nullability nullability) {
    private static final int MAX_DECIMAL_PRECISION = 38;

    /** Whether a column may hold NULL. */
    enum Nullability { REQUIRED, NULLABLE }

    TargetColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(nullability, "nullability");
    }

    SqlIdentifier identifier() {
        return SqlIdentifier.of(name);
    }

    /**
     * The gold column holding this column.
     *
     * @throws NfeException naming {@code table} and the column if its type has no gold equivalent
     */
    Column goldColumn(String table) {
        return new Column(name, goldType(table), nullability == Nullability.REQUIRED, table + "." + name);
    }

    private ColumnType goldType(String table) {
        return switch (jdbcType) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR, Types.CLOB -> ColumnType.TEXT;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> ColumnType.INT;
            case Types.BIGINT -> ColumnType.LONG;
            case Types.BOOLEAN, Types.BIT -> ColumnType.BOOLEAN;
            case Types.DATE -> ColumnType.DATE;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> ColumnType.TIMESTAMP;
            case Types.NUMERIC, Types.DECIMAL -> {
                if (precision < 1 || precision > MAX_DECIMAL_PRECISION) {
                    throw new NfeException("Cannot publish " + table + "." + name + " to gold: " + typeName
                            + " needs a declared precision of 1 to 38, like numeric(15,2)");
                }
                yield ColumnType.decimal(precision, scale);
            }
            default -> throw new NfeException("Cannot publish " + table + "." + name + " to gold: type " + typeName
                    + " has no gold equivalent");
        };
    }

    /** The value of this column (at {@code index}) in the current row of {@code result}, as a gold row holds it. */
    Object read(ResultSet result, int index, ColumnType type) throws SQLException {
        Object value = switch (type.kind()) {
            case TEXT -> result.getString(index);
            case INT -> result.getInt(index);
            case LONG -> result.getLong(index);
            case BOOLEAN -> result.getBoolean(index);
            case DATE -> result.getObject(index, LocalDate.class);
            case DECIMAL -> {
                BigDecimal decimal = result.getBigDecimal(index);
                yield decimal == null ? null : decimal.setScale(type.scale(), RoundingMode.UNNECESSARY);
            }
            case TIMESTAMP -> typeName.equalsIgnoreCase("timestamp")
                    ? toInstant(result.getObject(index, LocalDateTime.class))
                    : toInstant(result.getObject(index, OffsetDateTime.class));
        };
        return result.wasNull() ? null : value;
    }

    private static Object toInstant(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static Object toInstant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
