package dev.nfe.core.silver;

import dev.nfe.core.spi.Table;

/**
 * Maps one kind of fiscal document to the rows of one silver table.
 *
 * @param <D> the document type ({@code Nfe}, {@code Event} …)
 */
interface RowMapper<D> {

    /** The table this mapper fills. */
    Table table();

    /** Hands the document's rows of {@link #table()} to {@code sink}, in document order. */
    void emit(D document, RowContext context, RowSink sink);
}
