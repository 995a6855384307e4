package dev.nfe.spark;

import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of a silver table: the same column names in the same order, {@code DecimalType} at the layout's
 * precision and scale, {@code TimestampType} for instants (UTC), {@code DateType} for dates; a column the table
 * requires is not nullable.
 */
final class SparkSchemas {

    private SparkSchemas() {
    }

    static StructType of(Table table) {
        StructField[] fields = table.columns().stream()
                .map(column -> DataTypes.createStructField(column.name(), typeOf(column.type()), !column.required()))
                .toArray(StructField[]::new);
        return DataTypes.createStructType(fields);
    }

    static DataType typeOf(ColumnType type) {
        return switch (type.kind()) {
            case TEXT -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DECIMAL -> DataTypes.createDecimalType(type.precision(), type.scale());
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampType;
        };
    }
}
