package dev.nfe.core.iceberg;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.io.CloseableIterable;

/**
 * Reads the committed batches of an {@code iceberg} layer. A batch is the set of snapshots whose summary names it;
 * it is committed once every table its summaries list has one, so a batch a crash left in some tables only stays
 * invisible until the rerun completes it. Its files are those its snapshots added. Its rows are read from the
 * tables' current snapshots, filtered by partition and {@code batch_id}, so they are the same after a compaction
 * rewrote the files; a table without a {@code batch_id} column is read from the batch's own files.
 *
 * <p>A batch is listed only while every table it names keeps its snapshot: once maintenance expired the snapshot in
 * one table, the batch is no longer listed (its rows stay in the tables, and a rerun of it still adds nothing, see
 * {@link IcebergMaintenance}). Maintenance never expires snapshots younger than its retention, which is what keeps a
 * batch listed until the load stage has loaded it. Thread-safe; the streams it returns are not, and must be closed.
 */
final class IcebergLayerReader implements LayerReader {
    private static final String BATCH_ID_COLUMN = "batch_id";

    private final IcebergLake lake;
    private final Optional<Instant> asOf;

    IcebergLayerReader(IcebergLake lake) {
        this(lake, Optional.empty());
    }

    private IcebergLayerReader(IcebergLake lake, Optional<Instant> asOf) {
        this.lake = Objects.requireNonNull(lake, "lake");
        this.asOf = asOf;
    }

    /** The batches whose snapshots were all committed by {@code time}. */
    @Override
    public LayerReader asOf(Instant time) {
        return new IcebergLayerReader(lake, Optional.of(time));
    }

    @Override
    public Stream<Batch> batches() {
        return committed(id -> true, date -> true).stream();
    }

    @Override
    public Stream<Batch> batches(LocalDate ingestDate) {
        return committed(id -> true, ingestDate::equals).stream();
    }

    @Override
    public Optional<Batch> batch(LocalDate ingestDate, String batchId) {
        return committed(batchId::equals, ingestDate::equals).stream().findFirst();
    }

    @Override
    public Stream<Row> rows(Batch batch, Table table) {
        Optional<org.apache.iceberg.Table> iceberg = lake.existing(table.name());
        if (iceberg.isEmpty()) {
            return Stream.empty();
        }
        if (table.columns().stream().noneMatch(column -> column.name().equals(BATCH_ID_COLUMN))) {
            return lake.rows(batch.files(), table);
        }
        int batchColumn = table.indexOf(BATCH_ID_COLUMN);
        return lake.rows(scan(iceberg.get(), batch, table.name()), table)
                .filter(row -> batch.id().equals(row.get(batchColumn)));
    }

    /** The files of the current snapshot that may hold rows of {@code batch}, by their partition and bounds. */
    private List<BatchFile> scan(org.apache.iceberg.Table table, Batch batch, String name) {
        if (table.currentSnapshot() == null) {
            return List.of();
        }
        List<BatchFile> files = new ArrayList<>();
        try (CloseableIterable<FileScanTask> tasks = table.newScan()
                .filter(Expressions.equal(IcebergSchemas.INGEST_DATE, batch.ingestDate().toString()))
                .filter(Expressions.equal(BATCH_ID_COLUMN, batch.id()))
                .planFiles()) {
            for (FileScanTask task : tasks) {
                files.add(lake.batchFile(task.file(), name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot plan the read of " + table.name(), e);
        }
        files.sort(Comparator.comparing(BatchFile::path));
        return files;
    }

    private List<Batch> committed(Predicate<String> batchIds, Predicate<LocalDate> dates) {
        Map<String, Parts> batches = new LinkedHashMap<>();
        for (String name : lake.tableNames()) {
            org.apache.iceberg.Table table = lake.existing(name).orElse(null);
            if (table == null) {
                continue;
            }
            IcebergLake.batchSnapshots(table).forEach(snapshot -> {
                Map<String, String> summary = snapshot.summary();
                String id = summary.get(IcebergLake.BATCH_ID);
                LocalDate date = LocalDate.parse(summary.get(IcebergLake.INGEST_DATE));
                boolean byThen = asOf.map(time -> snapshot.timestampMillis() <= time.toEpochMilli()).orElse(true);
                if (byThen && batchIds.test(id) && dates.test(date)) {
                    Parts parts = batches.computeIfAbsent(id, key -> new Parts(date, summary.get(IcebergLake.BATCH_TABLES)));
                    parts.add(name, table, snapshot);
                }
            });
        }
        return batches.entrySet().stream()
                .filter(entry -> entry.getValue().complete())
                .map(entry -> entry.getValue().batch(entry.getKey(), lake))
                .sorted(Comparator.comparing(Batch::ingestDate).thenComparing(Batch::id))
                .toList();
    }

    @Override
    public String toString() {
        return "IcebergLayerReader[" + lake.layer() + " in " + lake.namespace()
                + asOf.map(time -> " as of " + time).orElse("") + "]";
    }

    /** The snapshots found so far of one batch, by table. */
    private final class Parts {
        private final LocalDate ingestDate;
        private final Set<String> tables;
        private final Map<String, List<DataFile>> added = new LinkedHashMap<>();

        Parts(LocalDate ingestDate, String tableList) {
            this.ingestDate = ingestDate;
            this.tables = tableList == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(tableList.split(",")));
        }

        void add(String name, org.apache.iceberg.Table table, Snapshot snapshot) {
            List<DataFile> files = added.computeIfAbsent(name, key -> new ArrayList<>());
            files.addAll(lake.addedFiles(table, snapshot));
        }

        boolean complete() {
            return !tables.isEmpty() && added.keySet().containsAll(tables);
        }

        Batch batch(String id, IcebergLake lake) {
            List<BatchFile> files = new ArrayList<>();
            for (String table : tables) {
                added.get(table).stream()
                        .map(file -> lake.batchFile(file, table))
                        .sorted(Comparator.comparing(BatchFile::path))
                        .forEach(files::add);
            }
            try {
                return new Batch(id, lake.layer(), ingestDate, files);
            } catch (IllegalArgumentException e) {
                throw new NfeException("Cannot read batch " + id + " of " + lake.layer() + ": " + e.getMessage(), e);
            }
        }
    }
}
