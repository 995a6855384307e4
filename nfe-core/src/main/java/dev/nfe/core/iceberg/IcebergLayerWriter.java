package dev.nfe.core.iceberg;

import dev.nfe.core.silver.ParquetWriterOptions;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.Namespace;

/**
 * The {@code iceberg} {@link LayerWriter}: each table of a layer is an Apache Iceberg table in the configured
 * catalog, and a batch is one append snapshot per table (see {@link IcebergBatchWriter} for the commit protocol and
 * its recovery, {@link IcebergLayerReader} for what readers see). The Parquet files are the {@code parquet} writer's
 * with Iceberg field ids. One catalog connection is opened per storage and kept. Thread-safe.
 */
final class IcebergLayerWriter implements LayerWriter {
    private final CatalogConnector connector;
    private final Optional<Namespace> namespace;
    private final ParquetWriterOptions options;
    private final Map<Storage, Connection> connections = new ConcurrentHashMap<>();

    IcebergLayerWriter(CatalogConnector connector, Optional<Namespace> namespace, ParquetWriterOptions options) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Opens a writer for {@code target}, creating its tables or adding the columns they lack.
     *
     * @throws CommitConflictException if every table already holds the batch (a snapshot of it, or the record that
     *     maintenance expired one)
     */
    @Override
    public BatchWriter open(Storage storage, BatchTarget target) {
        return open(storage, target, IcebergBatchWriter.Mode.APPEND);
    }

    @Override
    public boolean keepsTableState() {
        return true;
    }

    /**
     * Opens a writer that replaces each table's current content with the rows written, in one {@code overwrite}
     * snapshot per table.
     *
     * @throws CommitConflictException if every table already holds the batch
     */
    @Override
    public BatchWriter openReplacing(Storage storage, BatchTarget target) {
        return open(storage, target, IcebergBatchWriter.Mode.REPLACE);
    }

    private BatchWriter open(Storage storage, BatchTarget target, IcebergBatchWriter.Mode mode) {
        IcebergLake lake = lake(storage, target.layer());
        Map<String, org.apache.iceberg.Table> tables = new LinkedHashMap<>();
        Set<String> committed = new HashSet<>();
        for (Table table : target.tables()) {
            org.apache.iceberg.Table iceberg = lake.table(table);
            tables.put(table.name(), iceberg);
            if (IcebergLake.hasBatch(iceberg, target.ingestDate(), target.batchId())) {
                committed.add(table.name());
            }
        }
        if (!target.tables().isEmpty() && committed.size() == target.tables().size()) {
            throw new CommitConflictException("Cannot write batch " + target.batchId() + " of " + target.layer()
                    + ": every table of namespace " + lake.namespace() + " already holds it");
        }
        return new IcebergBatchWriter(lake, target, options, tables, committed, mode);
    }

    /** The connector of this writer's catalog. */
    CatalogConnector connector() {
        return connector;
    }

    /** The Parquet options of the files this writer produces. */
    ParquetWriterOptions options() {
        return options;
    }

    @Override
    public LayerReader reader(Storage storage, String layer) {
        return new IcebergLayerReader(lake(storage, layer));
    }

    /** The layer {@code layer} of the lake on {@code storage}, in this writer's catalog. */
    IcebergLake lake(Storage storage, String layer) {
        Connection connection = connections.computeIfAbsent(storage, key -> {
            StorageFileIO io = new StorageFileIO(key);
            return new Connection(connector.open(key, io), io, new SnapshotFiles());
        });
        return new IcebergLake(connection.catalog(), connection.io(), storage, layer,
                namespace.orElseGet(() -> IcebergLake.defaultNamespace(layer)), connection.snapshotFiles());
    }

    @Override
    public String toString() {
        return "IcebergLayerWriter[" + namespace.map(Namespace::toString).orElse("namespace per layer") + "]";
    }

    /** An open catalog, the file IO its tables use, and what its snapshots added. */
    private record Connection(Catalog catalog, StorageFileIO io, SnapshotFiles snapshotFiles) {
    }
}
