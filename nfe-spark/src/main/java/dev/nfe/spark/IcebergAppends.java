package dev.nfe.spark;

import dev.nfe.core.iceberg.EngineCatalog;
import dev.nfe.core.iceberg.IcebergBatchTables;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.functions;

/**
 * Writes a silver batch into the layer's Iceberg tables through Spark's Iceberg catalog ({@code SparkCatalog}),
 * registered in the job's session under the catalog's own name with the properties the pipeline's {@code catalog}
 * section gives ({@link EngineCatalog}): one append per table still lacking the batch, in commit order, each
 * carrying the batch's snapshot summary, so that the library's readers, maintenance and reruns treat it exactly as a
 * batch the library appended. A table the batch has no row for gets an append of no file, as the library commits it.
 */
final class IcebergAppends {
    /** The Spark catalog implementation of Iceberg. */
    static final String SPARK_CATALOG = "org.apache.iceberg.spark.SparkCatalog";
    private static final String INGEST_DATE = "ingest_date";

    private final SparkSession spark;
    private final SparkJobOptions options;

    IcebergAppends(SparkSession spark, SparkJobOptions options) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Appends the rows of {@code slots} ({@code rowsPerTable} of each table of {@link SilverTables#all()}) to every
     * table of {@code tables} that lacks the batch, and reads the committed batch back.
     */
    Batch append(IcebergBatchTables tables, LocalDate ingestDate, TableSlots slots, long[] rowsPerTable)
            throws NoSuchTableException {
        String catalog = register(tables.catalog());
        Map<String, String> writeOptions = writeOptions(tables.snapshotSummary());
        for (Table table : tables.pending()) {
            int index = SilverTables.all().indexOf(table);
            if (index < 0) {
                throw new IllegalStateException("Cannot write table " + table.name() + " of " + tables
                        + ": not a silver table the job maps");
            }
            if (rowsPerTable[index] == 0) {
                tables.commitWithoutRows(table);
                continue;
            }
            String identifier = Stream.concat(Stream.of(catalog), Stream.concat(tables.namespace().stream(),
                    Stream.of(table.name()))).map(IcebergAppends::quoted).collect(Collectors.joining("."));
            spark.createDataFrame(slots.table(index), SparkSchemas.of(table))
                    .withColumn(INGEST_DATE, functions.lit(ingestDate))
                    .coalesce(options.filesFor(rowsPerTable[index], slots.table(index).getNumPartitions()))
                    .writeTo(identifier)
                    .options(writeOptions)
                    .append();
        }
        return tables.committed();
    }

    /**
     * Registers {@code catalog} in the session as a {@code SparkCatalog} of its name, with no table cache (the
     * library's side of the driver changes the tables' schemas and commits empty appends between the job's writes).
     */
    private String register(EngineCatalog catalog) {
        String prefix = "spark.sql.catalog." + catalog.name();
        spark.conf().set(prefix, SPARK_CATALOG);
        catalog.properties().forEach((key, value) -> spark.conf().set(prefix + "." + key, value));
        spark.conf().set(prefix + ".cache-enabled", "false");
        return catalog.name();
    }

    /**
     * The options of every append: the batch's snapshot summary, and no repartitioning by Iceberg (the batch is one
     * partition of the table, and its rows keep their document order in as many files as the job chose).
     */
    private static Map<String, String> writeOptions(Map<String, String> summary) {
        Map<String, String> writeOptions = new LinkedHashMap<>();
        writeOptions.put("distribution-mode", "none");
        summary.forEach((key, value) -> writeOptions.put("snapshot-property." + key, value));
        return writeOptions;
    }

    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
