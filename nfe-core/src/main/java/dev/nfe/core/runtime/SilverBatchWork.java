package dev.nfe.core.runtime;

import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.Storage;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * One silver batch for a {@link TransformEngine} to compute: where it goes, the documents of its bronze batches in
 * order, and the pipeline's plugins to read, map and commit it with.
 *
 * @param target the silver batch (layer, id, ingest date, tables); its id is the rows' {@code batch_id}
 * @param documents every document of its bronze batches, in the batches' order
 * @param storage the lake, where the documents are read and the batch committed
 * @param deserializer the pipeline's deserializer
 * @param writer the pipeline's silver layer writer (its format and its commit)
 * @param stop whether the stage must stop (its deadline passed); an engine checks it between documents or steps
 */
public record SilverBatchWork(BatchTarget target, List<BronzeDocument> documents, Storage storage,
        Deserializer deserializer, LayerWriter writer, BooleanSupplier stop) {
    public SilverBatchWork {
        Objects.requireNonNull(target, "target");
        documents = List.copyOf(documents);
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(deserializer, "deserializer");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(stop, "stop");
    }

    /** Whether the stage asks the engine to stop now, committing nothing more. */
    public boolean stopRequested() {
        return stop.getAsBoolean();
    }
}
