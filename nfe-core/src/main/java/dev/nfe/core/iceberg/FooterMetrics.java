package dev.nfe.core.iceberg;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.apache.iceberg.Metrics;
import org.apache.iceberg.Schema;
import org.apache.iceberg.expressions.Literal;
import org.apache.iceberg.types.Comparators;
import org.apache.iceberg.types.Conversions;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;
import org.apache.iceberg.util.UnicodeUtil;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;

/**
 * The Iceberg column metrics of a data file, read from the Parquet footer our writer produced: per field id the
 * on-disk size, value count, null count and lower and upper bounds, which engines use to skip files. Strings'
 * bounds are truncated to {@value #TRUNCATE_LENGTH} characters, as Iceberg's default {@code truncate(16)} does.
 */
final class FooterMetrics {
    static final int TRUNCATE_LENGTH = 16;

    private FooterMetrics() {
    }

    /** The metrics of the file whose footer is {@code footer}, for the fields of {@code schema}. */
    static Metrics of(ParquetMetadata footer, Schema schema) {
        long rows = 0;
        Map<Integer, Long> sizes = new HashMap<>();
        Map<Integer, Long> values = new HashMap<>();
        Map<Integer, Long> nulls = new HashMap<>();
        Map<Integer, Object> lower = new HashMap<>();
        Map<Integer, Object> upper = new HashMap<>();
        Map<Integer, Boolean> statsComplete = new HashMap<>();
        for (BlockMetaData block : footer.getBlocks()) {
            rows += block.getRowCount();
            for (ColumnChunkMetaData chunk : block.getColumns()) {
                Types.NestedField field = schema.findField(chunk.getPath().toDotString());
                if (field == null) {
                    continue;
                }
                int id = field.fieldId();
                sizes.merge(id, chunk.getTotalSize(), Long::sum);
                values.merge(id, chunk.getValueCount(), Long::sum);
                Statistics<?> stats = chunk.getStatistics();
                if (stats == null || stats.isEmpty() || !stats.isNumNullsSet()) {
                    statsComplete.put(id, false);
                    continue;
                }
                statsComplete.putIfAbsent(id, true);
                nulls.merge(id, stats.getNumNulls(), Long::sum);
                if (stats.hasNonNullValue()) {
                    Type type = field.type();
                    Object min = value(type, stats.genericGetMin());
                    Object max = value(type, stats.genericGetMax());
                    Comparator<Object> order = comparator(type);
                    lower.merge(id, min, (a, b) -> order.compare(a, b) <= 0 ? a : b);
                    upper.merge(id, max, (a, b) -> order.compare(a, b) >= 0 ? a : b);
                }
            }
        }
        Map<Integer, Long> nullCounts = new HashMap<>();
        Map<Integer, ByteBuffer> lowerBounds = new HashMap<>();
        Map<Integer, ByteBuffer> upperBounds = new HashMap<>();
        for (Map.Entry<Integer, Boolean> entry : statsComplete.entrySet()) {
            if (!entry.getValue()) {
                continue;
            }
            int id = entry.getKey();
            nullCounts.put(id, nulls.get(id));
            Type type = schema.findField(id).type();
            if (lower.containsKey(id)) {
                lowerBounds.put(id, lowerBound(type, lower.get(id)));
                ByteBuffer max = upperBound(type, upper.get(id));
                if (max != null) {
                    upperBounds.put(id, max);
                }
            }
        }
        return new Metrics(rows, sizes, values, nullCounts, null, lowerBounds, upperBounds);
    }

    /** The Java value Iceberg uses for {@code type} of a Parquet statistic. */
    private static Object value(Type type, Object parquet) {
        return switch (type.typeId()) {
            case STRING -> ((org.apache.parquet.io.api.Binary) parquet).toStringUsingUTF8();
            case DECIMAL -> new BigDecimal(new BigInteger(((org.apache.parquet.io.api.Binary) parquet).getBytes()),
                    ((Types.DecimalType) type).scale());
            default -> parquet;
        };
    }

    @SuppressWarnings("unchecked")
    private static Comparator<Object> comparator(Type type) {
        return (Comparator<Object>) (Comparator<?>) Comparators.forType(type.asPrimitiveType());
    }

    private static ByteBuffer lowerBound(Type type, Object value) {
        if (value instanceof String text) {
            return Conversions.toByteBuffer(type, UnicodeUtil.truncateStringMin(Literal.of(text), TRUNCATE_LENGTH).value());
        }
        return Conversions.toByteBuffer(type, value);
    }

    /** The upper bound, or null when a truncated string has no upper bound (all its characters are the maximum). */
    private static ByteBuffer upperBound(Type type, Object value) {
        if (value instanceof String text) {
            Literal<CharSequence> max = UnicodeUtil.truncateStringMax(Literal.of(text), TRUNCATE_LENGTH);
            return max == null ? null : ByteBuffer.wrap(max.value().toString().getBytes(StandardCharsets.UTF_8));
        }
        return Conversions.toByteBuffer(type, value);
    }
}
