package dev.nfe.core.silver;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.CommitStateUnknownException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ObjectNotFoundException;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoragePath;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits a batch whose Parquet data files someone else already wrote to storage (a warehouse's {@code UNLOAD},
 * another engine), with the same {@code _manifest.json} the {@code parquet} writer writes, so {@link ManifestLayerReader}
 * reads it like any other batch. The caller names each file with its table and row count; the committer streams
 * every file once to record its size and SHA-256, then creates the manifest last. Files in the batch's folders that
 * are not named stay invisible, as always. The files should sit under {@link #dataFolder}. Immutable and thread-safe.
 */
public final class LayerCommitter {
    private static final Logger log = LoggerFactory.getLogger(LayerCommitter.class);

    private final Storage storage;

    /** A committer of batches on {@code storage}. */
    public LayerCommitter(Storage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /**
     * The folder, ending with {@code /}, where the data files of {@code table} in {@code target} belong:
     * {@code <layer>/<table>/ingest_date=YYYY-MM-DD/batch=<id>/}.
     */
    public static String dataFolder(BatchTarget target, String table) {
        return LayerPaths.dataFolder(target, table);
    }

    /**
     * Commits {@code target} as the batch of {@code files}: they are listed in the manifest in table order, then by
     * path. The manifest's atomic creation is the commit.
     *
     * @throws IllegalArgumentException if a file names a table {@code target} does not have, or is named twice
     * @throws NfeException naming the file if one is missing or cannot be read
     * @throws CommitConflictException if the batch is already committed (its manifest exists)
     * @throws CommitStateUnknownException if creating the manifest failed in a way that may have landed
     */
    public Batch commit(BatchTarget target, List<DataFile> files) {
        Objects.requireNonNull(target, "target");
        Map<String, Integer> tableOrder = new HashMap<>();
        for (Table table : target.tables()) {
            tableOrder.putIfAbsent(table.name(), tableOrder.size());
        }
        List<DataFile> ordered = files.stream()
                .sorted(Comparator.comparing((DataFile file) -> tableOrder.getOrDefault(file.table(), -1))
                        .thenComparing(DataFile::path))
                .toList();
        if (ordered.stream().map(DataFile::path).distinct().count() != ordered.size()) {
            throw new IllegalArgumentException("Cannot commit batch " + target.batchId() + ": a file is named twice");
        }
        List<BatchFile> described = new ArrayList<>(ordered.size());
        for (DataFile file : ordered) {
            if (!tableOrder.containsKey(file.table())) {
                throw new IllegalArgumentException("Cannot commit batch " + target.batchId() + ": file " + file.path()
                        + " is of table " + file.table() + ", which is not a table of the batch");
            }
            described.add(describe(target, file));
        }
        Batch batch = new Manifest(target, described).commit(storage);
        log.info("Committed batch {} to {} from {} files written elsewhere: rows={}", target.batchId(), target.layer(),
                described.size(), described.stream().mapToLong(BatchFile::rows).sum());
        return batch;
    }

    private BatchFile describe(BatchTarget target, DataFile file) {
        try {
            FileDigest digest = FileDigest.of(storage, file.path());
            return new BatchFile(file.path(), file.table(), file.rows(), digest.bytes(), digest.sha256());
        } catch (ObjectNotFoundException e) {
            throw new NfeException("Cannot commit batch " + target.batchId() + " of " + target.layer() + ": data file "
                    + file.path() + " does not exist", e);
        } catch (IOException e) {
            throw new NfeException("Cannot commit batch " + target.batchId() + " of " + target.layer()
                    + ": cannot read data file " + file.path() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "LayerCommitter[" + storage + "]";
    }

    /**
     * A data file already in storage, to be named by a batch's manifest.
     *
     * @param path the object's key
     * @param table the table whose rows it holds
     * @param rows the number of rows it holds
     */
    public record DataFile(String path, String table, long rows) {
        public DataFile {
            StoragePath.requireValid(path);
            Objects.requireNonNull(table, "table");
            if (rows < 0) {
                throw new IllegalArgumentException("Cannot name data file " + path + ": negative rows " + rows);
            }
        }
    }
}
