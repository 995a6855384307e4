package dev.nfe.core.silver;

import dev.nfe.core.model.AccessKey;
import java.util.Objects;

/**
 * What every row of one document carries besides its data: the document's key and the lineage columns.
 *
 * @param chave the chave de acesso of the document (or of the note an event or summary refers to)
 * @param version which version of the chave the document is ({@code doc_hash}, {@code doc_kind})
 * @param batchId the batch the rows belong to ({@code batch_id})
 * @param source where the raw document came from ({@code source})
 */
record RowContext(AccessKey chave, DocumentVersion version, String batchId, String source) {
    RowContext {
        Objects.requireNonNull(chave, "chave");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(source, "source");
    }
}
