package dev.nfe.core.runtime;

import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.util.List;
import java.util.function.BiConsumer;

/** Turns a parsed document into the rows of the silver tables. Immutable and thread-safe. */
interface SilverMapping {

    /** Every silver table, in the order batches declare them. */
    List<Table> tables();

    /** Hands each row of {@code parsed} to {@code sink}, stamped with {@code batchId}, in a fixed order. */
    void rows(ParseOutcome.Parsed parsed, String batchId, BiConsumer<Table, Row> sink);
}
