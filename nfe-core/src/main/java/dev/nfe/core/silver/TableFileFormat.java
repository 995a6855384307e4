package dev.nfe.core.silver;

import dev.nfe.core.spi.Column;
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
     * The columns whose values repeat across documents without following one another, by table: tax classification
     * (group tag, tax, CST, origin, base modality, cClassTrib), the product's identity (code, EAN, description, NCM,
     * CEST, units, CFOP) and the item number, the recipient and the carrier (names, addresses, municipality, e-mail,
     * IE, CNPJ), the nature of the operation, the means of payment and the volumes' species. A dictionary writes
     * each of their values once a column chunk, and its codes compress far better than the texts. Elsewhere a
     * dictionary costs a hash lookup and a byte comparison per value for little or no space: amounts, quantities and
     * instants seldom repeat exactly; chave, doc_hash and the lineage columns are the same within a document and
     * differ between documents; the document-level codes (model, series, type, UF) come in runs that compression
     * already takes.
     */
    private static final Map<String, Set<String>> DICTIONARY_COLUMNS = Map.of(
            "nfe", Set.of("ide_nat_op", "dest_x_nome", "dest_x_lgr", "dest_x_bairro", "dest_x_mun", "dest_c_mun",
                    "dest_email", "dest_ie", "dest_cnpj"),
            "nfe_item", Set.of("n_item", "prod_c_prod", "prod_c_ean", "prod_c_ean_trib", "prod_x_prod", "prod_ncm",
                    "prod_cest", "prod_cfop", "prod_u_com", "prod_u_trib"),
            "nfe_item_tax", Set.of("group_tag", "tax", "cst", "orig", "mod_bc", "c_class_trib"),
            "nfe_transport", Set.of("transporta_x_nome", "transporta_x_mun"),
            "nfe_payment", Set.of("det_pag_t_pag"),
            "nfe_volume", Set.of("vol_esp"));

    /**
     * The format of {@code table}'s files: Parquet 1.0 pages with min/max statistics and page checksums, and
     * dictionaries for the columns whose values repeat across documents ({@link #DICTIONARY_COLUMNS}). The size
     * statistics of Parquet 2.10 (level histograms and unencoded byte sizes per page and column chunk) are left out:
     * no engine that reads silver plans with them, and keeping them cost about 3 % of the transform.
     */
    static TableFileFormat of(Table table) {
        return of(table, ParquetSchemas.FieldIds.NONE);
    }

    /** The format of {@code table}'s files with the Parquet field ids {@code ids} gives its columns. */
    static TableFileFormat of(Table table, ParquetSchemas.FieldIds ids) {
        return of(table, ids, DICTIONARY_COLUMNS.getOrDefault(table.name(), Set.of()));
    }

    /** The same, with a dictionary for exactly the columns named in {@code dictionaryColumns}. */
    static TableFileFormat of(Table table, ParquetSchemas.FieldIds ids, Set<String> dictionaryColumns) {
        ParquetProperties.Builder properties = ParquetProperties.builder()
                .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
                .withSizeStatisticsEnabled(false);
        for (Column column : table.columns()) {
            if (!dictionaryColumns.contains(column.name())) {
                properties.withDictionaryEncoding(column.name(), false);
            }
        }
        return new TableFileFormat(table, ParquetSchemas.of(table, ids), properties.build(), Map.of(
                AVRO_SCHEMA_KEY, AvroSchemas.of(table).toString(),
                ParquetWriter.OBJECT_MODEL_NAME_PROP, MODEL_NAME));
    }

    /** The columns of each silver table written with a dictionary, by table name: {@link #DICTIONARY_COLUMNS}. */
    static Map<String, Set<String>> dictionaryColumns() {
        return DICTIONARY_COLUMNS;
    }
}
