package dev.nfe.core.json;

import java.time.Instant;
import java.util.Objects;

/**
 * Identity and lineage a converted document starts from: the raw document's, or for a page element the page's with
 * the element index appended ({@code <id>#<index>}).
 *
 * @param id the document id
 * @param source lineage
 * @param fetchedAt when the source handed it over
 */
record DocumentOrigin(String id, String source, Instant fetchedAt) {
    DocumentOrigin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** The origin of element {@code index} of the page this is the origin of. */
    DocumentOrigin element(int index) {
        return new DocumentOrigin(id + "#" + index, source + "#" + index, fetchedAt);
    }
}
