package dev.nfe.aws.glue;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.glue.model.SerDeInfo;
import software.amazon.awssdk.services.glue.model.StorageDescriptor;
import software.amazon.awssdk.services.glue.model.TableInput;

/**
 * How a lake table looks in the Glue Data Catalog: an external Parquet table at {@code <location><layer>/<table>/},
 * its columns typed as the Parquet files hold them, partitioned by {@code ingest_date} (a date) and {@code batch}.
 */
final class GlueSchema {
    static final String INPUT_FORMAT = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat";
    static final String OUTPUT_FORMAT = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat";
    static final String SERDE = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe";
    static final List<software.amazon.awssdk.services.glue.model.Column> PARTITION_KEYS = List.of(
            glueColumn("ingest_date", "date", "The day the batch was ingested"),
            glueColumn("batch", "string", "The batch id"));

    /** Glue keeps column comments up to this many characters. */
    private static final int COMMENT_LIMIT = 255;

    private GlueSchema() {
    }

    /** The Hive type Athena reads a column of {@code type} as. */
    static String hiveType(ColumnType type) {
        return switch (type.kind()) {
            case TEXT -> "string";
            case INT -> "int";
            case LONG -> "bigint";
            case BOOLEAN -> "boolean";
            case DECIMAL -> "decimal(" + type.precision() + "," + type.scale() + ")";
            case DATE -> "date";
            case TIMESTAMP -> "timestamp";
        };
    }

    /**
     * The columns of {@code table}, then every column of {@code existing} the table no longer has (older partitions
     * may hold it, so it is never dropped).
     */
    static List<software.amazon.awssdk.services.glue.model.Column> columns(Table table,
            List<software.amazon.awssdk.services.glue.model.Column> existing) {
        List<software.amazon.awssdk.services.glue.model.Column> columns = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Column column : table.columns()) {
            columns.add(glueColumn(column.name(), hiveType(column.type()), column.xpath()));
            names.add(column.name());
        }
        for (software.amazon.awssdk.services.glue.model.Column column : existing) {
            if (!names.contains(column.name())) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** The definition of the catalog table {@code name} for {@code columns}, its files under {@code location}. */
    static TableInput tableInput(String name, String location,
            List<software.amazon.awssdk.services.glue.model.Column> columns) {
        return TableInput.builder()
                .name(name)
                .tableType("EXTERNAL_TABLE")
                .parameters(Map.of("classification", "parquet", "EXTERNAL", "TRUE"))
                .partitionKeys(PARTITION_KEYS)
                .storageDescriptor(storage(location, columns))
                .build();
    }

    /** Where and how the files of one table or partition are stored. */
    static StorageDescriptor storage(String location, List<software.amazon.awssdk.services.glue.model.Column> columns) {
        return StorageDescriptor.builder()
                .location(location)
                .inputFormat(INPUT_FORMAT)
                .outputFormat(OUTPUT_FORMAT)
                .serdeInfo(SerDeInfo.builder().serializationLibrary(SERDE)
                        .parameters(Map.of("serialization.format", "1")).build())
                .columns(columns)
                .build();
    }

    /** Whether two column lists name the same columns with the same types, in the same order. */
    static boolean sameColumns(List<software.amazon.awssdk.services.glue.model.Column> left,
            List<software.amazon.awssdk.services.glue.model.Column> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!left.get(i).name().equals(right.get(i).name()) || !left.get(i).type().equals(right.get(i).type())) {
                return false;
            }
        }
        return true;
    }

    private static software.amazon.awssdk.services.glue.model.Column glueColumn(String name, String type,
            String comment) {
        return software.amazon.awssdk.services.glue.model.Column.builder()
                .name(name)
                .type(type)
                .comment(comment.length() > COMMENT_LIMIT ? comment.substring(0, COMMENT_LIMIT) : comment)
                .build();
    }
}
