package dev.nfe.core.iceberg;

import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.CommitStateUnknownException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.SnapshotUpdate;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.UpdateSchema;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.CommitFailedException;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;

/**
 * One layer of the lake as Iceberg tables: a namespace of a catalog, whose tables live under the layer's folder
 * ({@code <layer>/<table>/metadata/}, {@code <layer>/<table>/data/ingest_date=…/}) and whose snapshots name the
 * batch that made them in their summary ({@value #BATCH_ID}, {@value #INGEST_DATE}, {@value #BATCH_TABLES}).
 * Thread-safe as its catalog is.
 */
final class IcebergLake {
    /** Snapshot summary key: the id of the batch the snapshot committed. */
    static final String BATCH_ID = "nfe.batch-id";
    /** Snapshot summary key: the batch's ingest date. */
    static final String INGEST_DATE = "nfe.ingest-date";
    /** Snapshot summary key: every table of the batch, comma-separated, in commit order. */
    static final String BATCH_TABLES = "nfe.batch-tables";

    /** Table properties every table is created with. */
    private static final Map<String, String> PROPERTIES = Map.of(
            TableProperties.FORMAT_VERSION, "2",
            TableProperties.PARQUET_COMPRESSION, "zstd",
            TableProperties.COMMIT_NUM_RETRIES, "20",
            TableProperties.COMMIT_MIN_RETRY_WAIT_MS, "50",
            TableProperties.METADATA_DELETE_AFTER_COMMIT_ENABLED, "true",
            TableProperties.METADATA_PREVIOUS_VERSIONS_MAX, "100");

    private final Catalog catalog;
    private final StorageFileIO io;
    private final Storage storage;
    private final String layer;
    private final Namespace namespace;
    private final SnapshotFiles snapshotFiles;

    IcebergLake(Catalog catalog, StorageFileIO io, Storage storage, String layer, Namespace namespace,
            SnapshotFiles snapshotFiles) {
        this.snapshotFiles = Objects.requireNonNull(snapshotFiles, "snapshotFiles");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.io = Objects.requireNonNull(io, "io");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.layer = Objects.requireNonNull(layer, "layer");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * The summary every snapshot of batch {@code target} carries: its id, its ingest date and every table of the
     * batch, in commit order.
     */
    static Map<String, String> snapshotSummary(BatchTarget target) {
        return Map.of(BATCH_ID, target.batchId(),
                INGEST_DATE, target.ingestDate().toString(),
                BATCH_TABLES, target.tables().stream().map(Table::name).collect(Collectors.joining(",")));
    }

    /**
     * Commits {@code update} of {@code table} as one snapshot of batch {@code target}, carrying its
     * {@linkplain #snapshotSummary(BatchTarget) summary}.
     *
     * @throws CommitStateUnknownException if the catalog cannot tell whether the snapshot was committed
     * @throws NfeException if the commit still conflicts after Iceberg's retries
     */
    static void commitBatchSnapshot(SnapshotUpdate<?> update, org.apache.iceberg.Table table, BatchTarget target) {
        snapshotSummary(target).forEach(update::set);
        try {
            update.commit();
        } catch (org.apache.iceberg.exceptions.CommitStateUnknownException e) {
            throw new CommitStateUnknownException("Cannot tell whether batch " + target.batchId()
                    + " was committed to " + table.name() + ": " + e.getMessage(), e);
        } catch (CommitFailedException e) {
            throw new NfeException("Cannot commit batch " + target.batchId() + " to " + table.name()
                    + " after every retry: " + e.getMessage(), e);
        }
    }

    /** The namespace a layer's tables go to by default: the layer, with every character but a-z, 0-9 and _ as _. */
    static Namespace defaultNamespace(String layer) {
        return Namespace.of(layer.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
    }

    Storage storage() {
        return storage;
    }

    StorageFileIO io() {
        return io;
    }

    String layer() {
        return layer;
    }

    Namespace namespace() {
        return namespace;
    }

    Catalog catalog() {
        return catalog;
    }

    /** The data files {@code snapshot} of {@code table} added, read once per snapshot and connection. */
    List<DataFile> addedFiles(org.apache.iceberg.Table table, Snapshot snapshot) {
        return snapshotFiles.added(table, snapshot);
    }

    /** {@code file}, a data file of {@code table}, as readers name it; Iceberg records no checksum, so it has none. */
    BatchFile batchFile(DataFile file, String table) {
        return new BatchFile(io.key(file.location()), table, file.recordCount(), file.fileSizeInBytes(), "");
    }

    /**
     * The rows of {@code files}, data files of {@code table}, in the order given, as rows of its columns (null for
     * a column a file lacks). The stream must be closed.
     */
    Stream<Row> rows(List<BatchFile> files, Table table) {
        return new ManifestLayerReader(storage, layer).rows(new Batch("files", layer, LocalDate.EPOCH, files), table);
    }

    /** The storage key of a data file of {@code table}: {@code <layer>/<table>/data/ingest_date=D/<name>}. */
    String dataFile(String table, String partition, String name) {
        return layer + "/" + table + "/data/" + partition + "/" + name;
    }

    /** The table's identifier in the catalog. */
    TableIdentifier identifier(String table) {
        return TableIdentifier.of(namespace, table);
    }

    /** The Iceberg table of {@code name}, if it exists. */
    Optional<org.apache.iceberg.Table> existing(String name) {
        try {
            return Optional.of(catalog.loadTable(identifier(name)));
        } catch (NoSuchTableException e) {
            return Optional.empty();
        }
    }

    /** The names of the layer's tables, sorted. */
    List<String> tableNames() {
        if (catalog instanceof SupportsNamespaces namespaces && !namespaces.namespaceExists(namespace)) {
            return List.of();
        }
        return catalog.listTables(namespace).stream().map(TableIdentifier::name).sorted().toList();
    }

    /**
     * The Iceberg table of {@code table}, created if absent and given every column {@code table} has that it lacks
     * (new columns are optional, as old files do not hold them).
     *
     * @throws NfeException if a column exists with another type
     */
    org.apache.iceberg.Table table(Table table) {
        org.apache.iceberg.Table existing = existing(table.name()).orElseGet(() -> create(table));
        return evolve(existing, table);
    }

    /** The snapshots of {@code table} that committed a batch, oldest first. */
    static Stream<Snapshot> batchSnapshots(org.apache.iceberg.Table table) {
        return StreamSupport.stream(table.snapshots().spliterator(), false)
                .filter(snapshot -> snapshot.summary().containsKey(BATCH_ID));
    }

    /**
     * Whether {@code table} holds batch {@code batchId} of {@code ingestDate}: it has a snapshot of the batch, or
     * records the batch among those whose snapshots maintenance may have expired ({@link ExpiredBatches}). This is
     * what makes a rerun of a committed batch add nothing, however old the batch.
     */
    static boolean hasBatch(org.apache.iceberg.Table table, LocalDate ingestDate, String batchId) {
        return ExpiredBatches.contains(table.properties(), ingestDate, batchId)
                || batchSnapshots(table).anyMatch(snapshot -> batchId.equals(snapshot.summary().get(BATCH_ID)));
    }

    /** The field id of each column of {@code table}'s schema, by name. */
    static Map<String, Integer> fieldIds(org.apache.iceberg.Table table) {
        Map<String, Integer> ids = new HashMap<>();
        table.schema().columns().forEach(field -> ids.put(field.name(), field.fieldId()));
        return ids;
    }

    private org.apache.iceberg.Table create(Table table) {
        if (catalog instanceof SupportsNamespaces namespaces && !namespaces.namespaceExists(namespace)) {
            try {
                namespaces.createNamespace(namespace);
            } catch (RuntimeException e) {
                // another writer may have created it first; catalogs report that differently
                if (!namespaces.namespaceExists(namespace)) {
                    throw e;
                }
            }
        }
        Schema schema = IcebergSchemas.schemaOf(table);
        try {
            return catalog.buildTable(identifier(table.name()), schema)
                    .withPartitionSpec(IcebergSchemas.specOf(schema))
                    .withLocation(storage.location(layer + "/" + table.name()))
                    .withProperties(PROPERTIES)
                    .create();
        } catch (RuntimeException e) {
            // another writer may have created it first (AlreadyExistsException, or a constraint violation)
            return existing(table.name()).orElseThrow(() -> e);
        }
    }

    private static org.apache.iceberg.Table evolve(org.apache.iceberg.Table iceberg, Table table) {
        UpdateSchema update = null;
        for (Column column : table.columns()) {
            Types.NestedField field = iceberg.schema().findField(column.name());
            Type wanted = IcebergSchemas.typeOf(column.type());
            if (field == null) {
                update = update == null ? iceberg.updateSchema() : update;
                update.addColumn(column.name(), wanted, column.xpath());
            } else if (!field.type().equals(wanted)) {
                throw new NfeException("Cannot write table " + table.name() + ": column " + column.name() + " is "
                        + wanted + " but the Iceberg table " + iceberg.name() + " has it as " + field.type());
            }
        }
        if (update != null) {
            update.commit();
            iceberg.refresh();
        }
        return iceberg;
    }
}
