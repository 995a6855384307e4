package dev.nfe.core.silver;

import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The {@code parquet} {@link LayerWriter}: one Parquet file per table and part, one manifest per batch (see
 * {@link ParquetBatchWriter} for the commit protocol and {@link LayerPaths} for the layout). Immutable.
 */
final class ParquetLayerWriter implements LayerWriter {
    private final ParquetWriterOptions options;

    ParquetLayerWriter(ParquetWriterOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Opens a writer for {@code target}.
     *
     * @throws CommitConflictException if the batch is already committed: its files are not touched, since a new
     *     attempt would overwrite them in place
     */
    @Override
    public BatchWriter open(Storage storage, BatchTarget target) {
        String manifest = LayerPaths.manifest(target.layer(), target.ingestDate(), target.batchId());
        try (Stream<StoredObject> existing = storage.list(manifest)) {
            if (existing.anyMatch(object -> object.path().equals(manifest))) {
                throw new CommitConflictException("Cannot write batch " + target.batchId() + " of " + target.layer()
                        + ": it is already committed (" + manifest + " exists)");
            }
        }
        return new ParquetBatchWriter(storage, target, options);
    }

    @Override
    public LayerReader reader(Storage storage, String layer) {
        return new ManifestLayerReader(storage, layer);
    }

    ParquetWriterOptions options() {
        return options;
    }
}
