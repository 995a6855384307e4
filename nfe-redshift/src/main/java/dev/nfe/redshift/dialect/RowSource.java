package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.util.stream.Stream;

/** Streams the rows of one silver table of a committed batch (the silver layer's reader, in production). */
@FunctionalInterface
public interface RowSource {

    /** The rows of {@code table} in {@code batch}, in file order. The caller closes the stream. */
    Stream<Row> rows(Batch batch, Table table);
}
