package dev.nfe.core.silver;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.schema.MessageType;

/**
 * How the data files of one table are laid out: its Parquet schema, the encoding properties of its columns and the
 * footer's key-value metadata. Built once per table and batch, shared by its part files. Immutable.
 *
 * @param table the table
 * @param schema its Parquet schema ({@link ParquetSchemas#of(Table)})
 * @param properties page and encoding settings
 * @param footer the footer's key-value metadata: the table's Avro schema under {@code parquet.avro.schema}, which
 *     files have always carried and readers use, and {@code writer.model.name}
 */
record TableFileFormat(Table table, MessageType schema, ParquetProperties properties, Map<String, String> footer) {
    /** Footer key of the Avro schema that parquet-avro readers use to name records and fixed types. */
    static final String AVRO_SCHEMA_KEY = "parquet.avro.schema";
    /** Value of {@code writer.model.name}: the object model the rows were written from. */
    static final String MODEL_NAME = "nfe-row";

    TableFileFormat {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(properties, "properties");
        // sorted, because the footer lists the entries in the map's order and it must be the same in every run
        footer = Collections.unmodifiableSortedMap(new TreeMap<>(footer));
    }

    /**
     * Text columns whose values are the same for every row of a document and differ between documents: a dictionary
     * would cost a lookup per value and hold an entry per document.
     */
    private static final Set<String> PER_DOCUMENT_TEXTS = Set.of("chave", "doc_hash", "source");

    /**
     * The format of {@code table}'s files: Parquet 1.0 pages with statistics and page checksums, and dictionaries
     * where values repeat across documents ({@link #dictionaryPays(Column)}).
     */
    static TableFileFormat of(Table table) {
        return of(table, ParquetSchemas.FieldIds.NONE);
    }

    /** The format of {@code table}'s files with the Parquet field ids {@code ids} gives its columns. */
    static TableFileFormat of(Table table, ParquetSchemas.FieldIds ids) {
        ParquetProperties.Builder properties = ParquetProperties.builder()
                .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0);
        for (Column column : table.columns()) {
            if (!dictionaryPays(column)) {
                properties.withDictionaryEncoding(column.name(), false);
            }
        }
        return new TableFileFormat(table, ParquetSchemas.of(table, ids), properties.build(), Map.of(
                AVRO_SCHEMA_KEY, AvroSchemas.of(table).toString(),
                ParquetWriter.OBJECT_MODEL_NAME_PROP, MODEL_NAME));
    }

    /**
     * Whether a dictionary pays for {@code column}: not for amounts, quantities and instants, which seldom repeat
     * exactly, nor for the texts of {@link #PER_DOCUMENT_TEXTS}; written plainly they take less space once compressed
     * and less time to encode.
     */
    static boolean dictionaryPays(Column column) {
        ColumnType.Kind kind = column.type().kind();
        return kind != ColumnType.Kind.DECIMAL && kind != ColumnType.Kind.TIMESTAMP
                && !PER_DOCUMENT_TEXTS.contains(column.name());
    }
}
