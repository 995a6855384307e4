package dev.nfe.core.silver;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.OptionalInt;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Maps a {@link Table} to the Parquet schema of its data files, one top-level field per column in column order.
 *
 * <p>Types: {@code TEXT}→{@code BINARY (STRING)}, {@code INT}→{@code INT32}, {@code LONG}→{@code INT64},
 * {@code BOOLEAN}→{@code BOOLEAN}, {@code DATE}→{@code INT32 (DATE)}, {@code TIMESTAMP}→{@code INT64
 * (TIMESTAMP(MICROS, true))}, i.e. adjusted to UTC, and {@code DECIMAL(p,s)}→{@code FIXED_LEN_BYTE_ARRAY (DECIMAL(p,s))}
 * sized by {@link AvroSchemas#fixedSize(int)}. Required columns are {@code REQUIRED}, the others {@code OPTIONAL}. The
 * message is named {@code dev.nfe.silver.<table>}. This is exactly the schema parquet-avro derives from
 * {@link AvroSchemas#of(Table)}, which files written before this class existed carry, so old and new files read alike.
 *
 * <p>A {@link FieldIds} gives each column an optional Parquet field id (the id an Iceberg table assigns to it).
 */
final class ParquetSchemas {
    private ParquetSchemas() {
    }

    /** The field id of each column, if it has one. */
    @FunctionalInterface
    interface FieldIds {
        /** No column has a field id. */
        FieldIds NONE = column -> OptionalInt.empty();

        OptionalInt of(Column column);
    }

    /** The schema of {@code table} without field ids. */
    static MessageType of(Table table) {
        return of(table, FieldIds.NONE);
    }

    /** The schema of {@code table}, each field carrying the id {@code ids} gives its column, if any. */
    static MessageType of(Table table, FieldIds ids) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (Column column : table.columns()) {
            Type field = field(column, ids.of(column));
            message.addField(field);
        }
        return message.named(AvroSchemas.NAMESPACE + "." + table.name());
    }

    private static Type field(Column column, OptionalInt id) {
        Type.Repetition repetition = column.required() ? Type.Repetition.REQUIRED : Type.Repetition.OPTIONAL;
        ColumnType type = column.type();
        Types.PrimitiveBuilder<org.apache.parquet.schema.PrimitiveType> builder = switch (type.kind()) {
            case TEXT -> Types.primitive(PrimitiveTypeName.BINARY, repetition).as(LogicalTypeAnnotation.stringType());
            case INT -> Types.primitive(PrimitiveTypeName.INT32, repetition);
            case LONG -> Types.primitive(PrimitiveTypeName.INT64, repetition);
            case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition);
            case DATE -> Types.primitive(PrimitiveTypeName.INT32, repetition).as(LogicalTypeAnnotation.dateType());
            case TIMESTAMP -> Types.primitive(PrimitiveTypeName.INT64, repetition)
                    .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS));
            case DECIMAL -> Types.primitive(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, repetition)
                    .length(AvroSchemas.fixedSize(type.precision()))
                    .as(LogicalTypeAnnotation.decimalType(type.scale(), type.precision()));
        };
        id.ifPresent(builder::id);
        return builder.named(column.name());
    }
}
