package dev.nfe.spark;

import dev.nfe.core.iceberg.IcebergBatchTables;
import dev.nfe.core.runtime.SilverBatchWork;
import dev.nfe.core.runtime.TransformEngine;
import dev.nfe.core.silver.LayerCommitter;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.Table;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transform engine of a Spark cluster. For one silver batch: the documents are split in partitions of
 * consecutive documents, each partition read and mapped on an executor by nfe-core's mapper ({@link MapDocuments})
 * and its rows split by table in one shuffle ({@link TableSlots}); the outcomes come back to the driver in document
 * order for the stage's counters and quarantine, and each table's rows (and only those) are written by Spark in the
 * layout of the pipeline's writer:
 * <ul>
 *   <li>{@code parquet}: files in the batch's folders ({@code <silver>/<table>/ingest_date=…/batch=…/}, replacing
 *       what a failed attempt left there), committed with the lake's own manifest ({@link LayerCommitter}) once
 *       every file is written;</li>
 *   <li>{@code iceberg}: one append per table lacking the batch, through Spark's Iceberg catalog
 *       ({@link IcebergAppends}), under the library's commit protocol ({@link IcebergBatchTables}).</li>
 * </ul>
 * Either way the library's readers, loader and maintenance see the batch as any batch, and nothing of a failed job
 * is visible.
 */
final class SparkTransformEngine implements TransformEngine {
    private static final Logger log = LoggerFactory.getLogger(SparkTransformEngine.class);

    private final SparkSession spark;
    private final JobConfig config;
    private final SparkJobOptions options;

    SparkTransformEngine(SparkSession spark, JobConfig config, SparkJobOptions options) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.config = Objects.requireNonNull(config, "config");
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Optional<Batch> transform(SilverBatchWork work, DocumentOutcomes outcomes) {
        return onSpark(work, () -> write(work, outcomes));
    }

    @Override
    public boolean requarantine(SilverBatchWork work, DocumentOutcomes outcomes) {
        return onSpark(work, () -> {
            hand(produce(work, false), outcomes);
            return true;
        });
    }

    /**
     * Runs {@code action}, turning the checked exceptions Spark throws (a job aborted after its tasks' retries) into
     * an {@link NfeException} naming the batch, so the stage fails and notifies like any other failure.
     */
    private static <T> T onSpark(SilverBatchWork work, Callable<T> action) {
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new NfeException("Cannot transform silver batch " + work.target().batchId() + " on Spark: "
                    + e.getMessage(), e);
        }
    }

    private Optional<Batch> write(SilverBatchWork work, DocumentOutcomes outcomes) throws NoSuchTableException {
        // the parquet path loads no Iceberg class: a cluster without Iceberg runs it
        return config.writesIcebergTables() ? appendToIcebergTables(work, outcomes) : writeFiles(work, outcomes);
    }

    private Optional<Batch> appendToIcebergTables(SilverBatchWork work, DocumentOutcomes outcomes)
            throws NoSuchTableException {
        BatchTarget target = work.target();
        IcebergBatchTables tables = IcebergBatchTables.open(work.writer(), work.storage(), target)
                .orElseThrow(() -> new IllegalStateException("Silver of " + target.batchId() + " is not iceberg"));
        TableSlots slots = TableSlots.of(produce(work, true));
        long[] rowsPerTable = hand(slots.outcomes(), outcomes);
        if (work.stopRequested()) {
            return Optional.empty();
        }
        Batch batch = new IcebergAppends(spark, options).append(tables, target.ingestDate(), slots, rowsPerTable);
        log.info("Spark appended silver batch {} to the Iceberg tables {}: {} documents, {} files",
                target.batchId(), tables.namespace(), work.documents().size(), batch.files().size());
        return Optional.of(batch);
    }

    private Optional<Batch> writeFiles(SilverBatchWork work, DocumentOutcomes outcomes) {
        BatchTarget target = work.target();
        if (work.writer().reader(work.storage(), target.layer())
                .batch(target.ingestDate(), target.batchId()).isPresent()) {
            throw new CommitConflictException("Silver batch " + target.batchId() + " is already committed");
        }
        TableSlots slots = TableSlots.of(produce(work, true));
        long[] rowsPerTable = hand(slots.outcomes(), outcomes);
        List<LayerCommitter.DataFile> files = new ArrayList<>();
        for (int table = 0; table < rowsPerTable.length; table++) {
            if (work.stopRequested()) {
                return Optional.empty();
            }
            if (rowsPerTable[table] > 0) {
                files.addAll(write(work, slots.table(table), table, rowsPerTable[table]));
            }
        }
        Batch batch = new LayerCommitter(work.storage()).commit(target, files);
        log.info("Spark wrote silver batch {}: {} documents, {} files", target.batchId(),
                work.documents().size(), files.size());
        return Optional.of(batch);
    }

    private JavaRDD<Row> produce(SilverBatchWork work, boolean rows) {
        List<DocumentRef> refs = work.documents().stream().map(DocumentRef::of).toList();
        int partitions = options.partitions(refs.size(), spark.sparkContext().defaultParallelism());
        return JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(refs, partitions)
                .mapPartitions(new MapDocuments(config.text(), config.source(), work.target().batchId(), rows));
    }

    /**
     * Hands every document's outcomes to the stage, partition by partition, so in document order, and returns the
     * silver rows per table the partitions counted (none when {@code items} holds no counts). {@code items} holds no
     * silver row: the outcomes' slot, or documents mapped without their rows.
     */
    private static long[] hand(JavaRDD<Row> items, DocumentOutcomes outcomes) {
        long[] rowsPerTable = new long[SilverTables.all().size()];
        Iterator<Row> iterator = items.toLocalIterator();
        while (iterator.hasNext()) {
            Row item = iterator.next();
            switch (ProducedRows.kind(item)) {
                case ProducedRows.READ -> outcomes.read(ProducedRows.value(item));
                case ProducedRows.MAPPED -> outcomes.mapped((int) ProducedRows.value(item));
                case ProducedRows.REJECTED -> outcomes.quarantined(ProducedRows.quarantined(item));
                default -> {
                    long[] counts = ProducedRows.counts(item);
                    for (int i = 0; i < counts.length; i++) {
                        rowsPerTable[i] += counts[i];
                    }
                }
            }
        }
        return rowsPerTable;
    }

    /**
     * Writes the rows of table {@code index} into the batch's folder of the table and names the files written, with
     * their row counts (read back from the files when there are several).
     */
    private List<LayerCommitter.DataFile> write(SilverBatchWork work, JavaRDD<Row> values, int index, long rows) {
        Table table = SilverTables.all().get(index);
        String folder = LayerCommitter.dataFolder(work.target(), table.name());
        String location = work.storage().location(folder);
        spark.createDataFrame(values, SparkSchemas.of(table))
                .coalesce(options.filesFor(rows, values.getNumPartitions()))
                .write()
                .mode(SaveMode.Overwrite)
                .option("compression", options.compression())
                // only the manifest commits a batch: no _SUCCESS marker
                .option("mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
                .parquet(location);
        // one folder: by file name is by path; a local file system's checksum side files are no part of the batch
        Map<String, String> stored = new TreeMap<>();
        try (var listing = work.storage().list(folder)) {
            for (String path : listing.map(StoredObject::path).toList()) {
                if (isDataFile(fileName(path))) {
                    stored.put(fileName(path), path);
                } else if (fileName(path).endsWith(".crc")) {
                    work.storage().delete(path);
                }
            }
        }
        Map<String, Long> rowsPerFile = stored.size() == 1 ? Map.of(stored.keySet().iterator().next(), rows)
                : spark.read().parquet(location)
                        .groupBy(functions.input_file_name().as("file"))
                        .count()
                        .collectAsList()
                        .stream()
                        .collect(Collectors.toMap(row -> fileName(row.getString(0)), row -> row.getLong(1)));
        if (!stored.keySet().containsAll(rowsPerFile.keySet())
                || rowsPerFile.values().stream().mapToLong(Long::longValue).sum() != rows) {
            throw new IllegalStateException("Spark wrote table " + table.name() + " of silver batch "
                    + work.target().batchId() + " to " + location + " but its files " + stored.keySet()
                    + " do not hold the " + rows + " rows written (" + rowsPerFile + ")");
        }
        return stored.entrySet().stream()
                .map(file -> new LayerCommitter.DataFile(file.getValue(), table.name(),
                        rowsPerFile.getOrDefault(file.getKey(), 0L)))
                .toList();
    }

    private static boolean isDataFile(String name) {
        return name.endsWith(".parquet") && !name.startsWith(".") && !name.startsWith("_");
    }

    private static String fileName(String pathOrUri) {
        return pathOrUri.substring(pathOrUri.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return "Spark engine on " + spark.sparkContext().master();
    }
}
