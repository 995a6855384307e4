package dev.nfe.core.iceberg;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;

/**
 * Maps a {@link Table} to the schema and partitioning of its Iceberg table: one field per column, in column order,
 * with the same names, plus the {@code ingest_date} partition column. Types: {@code TEXT}→{@code string},
 * {@code INT}→{@code int}, {@code LONG}→{@code long}, {@code BOOLEAN}→{@code boolean},
 * {@code DECIMAL(p,s)}→{@code decimal(p,s)}, {@code DATE}→{@code date}, {@code TIMESTAMP}→{@code timestamptz}.
 *
 * <p>The table is partitioned by identity of {@code ingest_date}, so one ingest day is one partition however many
 * batches it holds. Like the {@code parquet} layout, whose {@code ingest_date} is a path segment, the data files do
 * not hold the column: Iceberg readers take an identity partition's value from the table's metadata.
 */
final class IcebergSchemas {
    /** The partition column every table has. */
    static final String INGEST_DATE = "ingest_date";

    private IcebergSchemas() {
    }

    /** The schema a new table of {@code table} is created with (Iceberg assigns the final field ids). */
    static Schema schemaOf(Table table) {
        List<Types.NestedField> fields = new ArrayList<>();
        int id = 1;
        for (Column column : table.columns()) {
            fields.add(field(id++, column));
        }
        fields.add(Types.NestedField.optional(id, INGEST_DATE, Types.DateType.get(),
                "partition: the day the batch was ingested"));
        return new Schema(fields);
    }

    /** The partition path of {@code ingestDate}, {@code ingest_date=YYYY-MM-DD}, in data file folders and commits. */
    static String partitionPath(LocalDate ingestDate) {
        return INGEST_DATE + "=" + ingestDate;
    }

    /** The partitioning of every table: by {@code ingest_date}. */
    static PartitionSpec specOf(Schema schema) {
        return PartitionSpec.builderFor(schema).identity(INGEST_DATE).build();
    }

    /** The Iceberg type of a column of {@code type}. */
    static Type typeOf(ColumnType type) {
        return switch (type.kind()) {
            case TEXT -> Types.StringType.get();
            case INT -> Types.IntegerType.get();
            case LONG -> Types.LongType.get();
            case BOOLEAN -> Types.BooleanType.get();
            case DECIMAL -> Types.DecimalType.of(type.precision(), type.scale());
            case DATE -> Types.DateType.get();
            case TIMESTAMP -> Types.TimestampType.withZone();
        };
    }

    /** The column of Iceberg field {@code field}, its doc as the XPath. */
    static Column columnOf(Types.NestedField field) {
        return new Column(field.name(), columnType(field.type()), field.isRequired(),
                field.doc() == null ? "" : field.doc());
    }

    /**
     * The columns the data files of a table with {@code schema} hold: every field but {@code ingest_date}, whose
     * value lives in the partition, in schema order.
     */
    static Table dataTable(String name, Schema schema) {
        List<Column> columns = new ArrayList<>();
        for (Types.NestedField field : schema.columns()) {
            if (!field.name().equals(INGEST_DATE)) {
                columns.add(columnOf(field));
            }
        }
        return new Table(name, columns);
    }

    private static ColumnType columnType(Type type) {
        return switch (type.typeId()) {
            case STRING -> ColumnType.TEXT;
            case INTEGER -> ColumnType.INT;
            case LONG -> ColumnType.LONG;
            case BOOLEAN -> ColumnType.BOOLEAN;
            case DATE -> ColumnType.DATE;
            case TIMESTAMP -> ColumnType.TIMESTAMP;
            case DECIMAL -> ColumnType.decimal(((Types.DecimalType) type).precision(), ((Types.DecimalType) type).scale());
            default -> throw new NfeException("Cannot read a column of Iceberg type " + type + ": not a type this"
                    + " library writes");
        };
    }

    private static Types.NestedField field(int id, Column column) {
        return column.required()
                ? Types.NestedField.required(id, column.name(), typeOf(column.type()), column.xpath())
                : Types.NestedField.optional(id, column.name(), typeOf(column.type()), column.xpath());
    }
}
