package dev.nfe.core.silver;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Maps a {@link Table} to the Avro record schema stored in the footer of its data files, with which parquet-avro
 * reads them back; parquet-avro turns it into exactly the file's Parquet schema ({@link ParquetSchemas}).
 *
 * <p>Types: {@code TEXT}→{@code string} (Parquet {@code BINARY (STRING)}), {@code INT}→{@code int},
 * {@code LONG}→{@code long}, {@code BOOLEAN}→{@code boolean}, {@code DATE}→{@code int (date)},
 * {@code TIMESTAMP}→{@code long (timestamp-micros)}, which Parquet annotates {@code TIMESTAMP(MICROS, true)}, i.e.
 * adjusted to UTC. {@code DECIMAL(p,s)}→{@code fixed} with the {@code decimal(p,s)} logical type, sized to the fewest
 * bytes that hold {@code p} digits (7 for money, 16 for {@code p = 38}). {@code FIXED_LEN_BYTE_ARRAY (DECIMAL(p,s))} is
 * the decimal encoding every engine reads, including Hive-derived readers that predate the {@code INT32}/{@code INT64}
 * forms (Spark's legacy Parquet format writes it for them); Athena and Redshift Spectrum read it. Avro also allows
 * {@code decimal} only on {@code bytes} and {@code fixed}, so parquet-avro cannot write the integer forms. Columns not
 * required are unions with {@code null}, defaulting to null. Each field's doc is the column's XPath.
 */
final class AvroSchemas {
    /** Namespace of every record and fixed type. */
    static final String NAMESPACE = "dev.nfe.silver";

    private AvroSchemas() {
    }

    /** The record schema of {@code table}: namespace {@value #NAMESPACE}, name = table name, fields in column order. */
    static Schema of(Table table) {
        Map<ColumnType, Schema> decimals = new HashMap<>();
        List<Schema.Field> fields = new ArrayList<>(table.columns().size());
        for (Column column : table.columns()) {
            Schema value = valueSchema(column.type(), decimals);
            fields.add(column.required()
                    ? new Schema.Field(column.name(), value, column.xpath())
                    : new Schema.Field(column.name(), Schema.createUnion(Schema.create(Schema.Type.NULL), value),
                            column.xpath(), JsonProperties.NULL_VALUE));
        }
        return Schema.createRecord(table.name(), null, NAMESPACE, false, fields);
    }

    /** Bytes of the smallest two's-complement integer that holds every {@code precision}-digit value. */
    static int fixedSize(int precision) {
        BigInteger largest = BigInteger.TEN.pow(precision).subtract(BigInteger.ONE);
        return largest.bitLength() / 8 + 1;
    }

    private static Schema valueSchema(ColumnType type, Map<ColumnType, Schema> decimals) {
        return switch (type.kind()) {
            case TEXT -> Schema.create(Schema.Type.STRING);
            case INT -> Schema.create(Schema.Type.INT);
            case LONG -> Schema.create(Schema.Type.LONG);
            case BOOLEAN -> Schema.create(Schema.Type.BOOLEAN);
            case DATE -> LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
            case TIMESTAMP -> LogicalTypes.timestampMicros().addToSchema(Schema.create(Schema.Type.LONG));
            // Avro names fixed types and forbids redefining a name, so columns of one DECIMAL(p,s) share one schema.
            case DECIMAL -> decimals.computeIfAbsent(type, t -> LogicalTypes.decimal(t.precision(), t.scale()).addToSchema(
                    Schema.createFixed("decimal_" + t.precision() + "_" + t.scale(), null, NAMESPACE, fixedSize(t.precision()))));
        };
    }
}
