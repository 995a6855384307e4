package dev.nfe.core.runtime;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The transform engine of one JVM: documents are read, deserialized and mapped on a pool of threads
 * ({@link DocumentPreparation}) and taken in the batch's order on the caller's thread, which streams the rows to the
 * layer writer, so the files do not depend on the number of threads.
 */
final class LocalTransformEngine implements TransformEngine {
    private final int threads;

    LocalTransformEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("Cannot transform on " + threads + " threads: need at least 1");
        }
        this.threads = threads;
    }

    @Override
    public Optional<Batch> transform(SilverBatchWork work, DocumentOutcomes outcomes) {
        try (BatchWriter rows = work.writer().open(work.storage(), work.target());
                DocumentPreparation preparation = preparation(work)) {
            if (!take(work, preparation, rows::write, outcomes)) {
                return Optional.empty();
            }
            return Optional.of(rows.commit());
        }
    }

    @Override
    public boolean requarantine(SilverBatchWork work, DocumentOutcomes outcomes) {
        try (DocumentPreparation preparation = preparation(work)) {
            return take(work, preparation, (table, row) -> { }, outcomes);
        }
    }

    private DocumentPreparation preparation(SilverBatchWork work) {
        return new DocumentPreparation(work.storage(), work.deserializer(), work.target().batchId(), threads);
    }

    /** Takes every document in order; {@code false} if told to stop first. */
    private static boolean take(SilverBatchWork work, DocumentPreparation preparation, BiConsumer<Table, Row> rows,
            DocumentOutcomes outcomes) {
        Iterator<DocumentPreparation.PreparedDocument> documents = preparation.prepare(work.documents());
        while (documents.hasNext()) {
            if (work.stopRequested()) {
                return false;
            }
            DocumentPreparation.PreparedDocument document = documents.next();
            outcomes.read(document.raw().size());
            for (SilverDocumentMapper.Outcome outcome : document.outcomes()) {
                if (outcome instanceof SilverDocumentMapper.Outcome.Rejected rejected) {
                    outcomes.quarantined(rejected.quarantined());
                } else {
                    SilverDocumentMapper.Outcome.Mapped mapped = (SilverDocumentMapper.Outcome.Mapped) outcome;
                    mapped.rows().forEach(row -> rows.accept(row.table(), row.row()));
                    outcomes.mapped(mapped.parsed().findings().size());
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "local engine on " + threads + " threads";
    }
}
