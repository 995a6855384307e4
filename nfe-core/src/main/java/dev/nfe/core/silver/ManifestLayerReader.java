package dev.nfe.core.silver;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ObjectNotFoundException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoragePath;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the committed batches of a layer written by the {@code parquet} writer. A batch exists only through its
 * manifest: batches without one (still being written, or abandoned by a crash) are invisible, and so is every file a
 * manifest does not name. Rows are streamed file by file, one row group in memory at a time. Immutable and
 * thread-safe; the streams it returns are not, and must be closed.
 */
public final class ManifestLayerReader implements LayerReader {
    private final Storage storage;
    private final String layer;
    private final Optional<Instant> asOf;

    /** A reader of {@code layer} ({@code silver}, {@code gold}, {@code <pipeline>/silver}) on {@code storage}. */
    public ManifestLayerReader(Storage storage, String layer) {
        this(storage, layer, Optional.empty());
    }

    private ManifestLayerReader(Storage storage, String layer, Optional<Instant> asOf) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.layer = StoragePath.requireValid(layer);
        this.asOf = asOf;
    }

    /** The batches whose manifest was written by {@code time}. */
    @Override
    public ManifestLayerReader asOf(Instant time) {
        return new ManifestLayerReader(storage, layer, Optional.of(time));
    }

    /** Every committed batch of the layer, by ingest date, then batch id. The stream must be closed. */
    @Override
    public Stream<Batch> batches() {
        return batchesUnder(LayerPaths.manifests(layer));
    }

    /** The committed batches of one ingest date, by batch id. The stream must be closed. */
    @Override
    public Stream<Batch> batches(LocalDate ingestDate) {
        return batchesUnder(LayerPaths.manifests(layer, ingestDate));
    }

    /** The batch {@code batchId} of {@code ingestDate}, if it is committed. */
    @Override
    public Optional<Batch> batch(LocalDate ingestDate, String batchId) {
        String path = LayerPaths.manifest(layer, ingestDate, batchId);
        if (asOf.isPresent()) {
            try (Stream<StoredObject> found = storage.list(path)) {
                if (found.noneMatch(object -> object.path().equals(path) && committedByThen(object))) {
                    return Optional.empty();
                }
            }
        }
        try (InputStream in = storage.newInputFile(path).newStream()) {
            return Optional.of(Manifest.readBatch(in, path));
        } catch (ObjectNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new NfeException("Cannot read manifest " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that every file of {@code batch} has the size and SHA-256 its manifest records, reading each file once.
     *
     * @throws NfeException naming the first file that differs or is missing
     */
    public void verify(Batch batch) {
        for (BatchFile file : batch.files()) {
            FileDigest digest;
            try {
                digest = FileDigest.of(storage, file.path());
            } catch (IOException e) {
                throw new NfeException("Cannot verify " + file.path() + ": " + e.getMessage(), e);
            }
            if (digest.bytes() != file.bytes() || !digest.sha256().equals(file.sha256())) {
                throw new NfeException("Cannot verify batch " + batch.id() + ": " + file.path() + " has " + digest.bytes()
                        + " bytes and SHA-256 " + digest.sha256() + ", its manifest says " + file.bytes() + " bytes and " + file.sha256());
            }
        }
    }

    /**
     * The rows of {@code table} in {@code batch}, in file and row order, converted back to {@link Row} values
     * ({@code BigDecimal} at the column's scale, {@code LocalDate}, {@code Instant}). Columns are matched by name, so
     * a file written before an optional column existed yields null for it. The stream must be closed.
     *
     * @throws NfeException if a file cannot be read or holds a different number of rows than its manifest says
     */
    @Override
    public Stream<Row> rows(Batch batch, Table table) {
        RowCursor cursor = new RowCursor(storage, table,
                batch.files().stream().filter(file -> file.table().equals(table.name())).toList());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(cursor::close);
    }

    private Stream<Batch> batchesUnder(String prefix) {
        Stream<StoredObject> manifests = storage.list(prefix);
        return manifests
                .filter(this::committedByThen)
                .map(StoredObject::path)
                .filter(path -> path.endsWith("/" + LayerPaths.MANIFEST_NAME))
                .map(this::readManifest);
    }

    private boolean committedByThen(StoredObject manifest) {
        return asOf.map(time -> !manifest.lastModified().isAfter(time)).orElse(true);
    }

    private Batch readManifest(String path) {
        try (InputStream in = storage.newInputFile(path).newStream()) {
            return Manifest.readBatch(in, path);
        } catch (IOException e) {
            throw new NfeException("Cannot read manifest " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ManifestLayerReader[" + layer + " on " + storage + asOf.map(time -> " as of " + time).orElse("") + "]";
    }
}
