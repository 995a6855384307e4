package dev.nfe.core.silver;

import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;

/**
 * Receives the silver rows of a document, one at a time, as {@link SilverRows#emit} makes them; a
 * {@link dev.nfe.core.spi.BatchWriter}'s {@code write} method fits ({@code batchWriter::write}).
 */
@FunctionalInterface
public interface RowSink {

    /** Takes one row of {@code table}; {@code table} is one of {@link SilverTables#all()}. */
    void accept(Table table, Row row);
}
