package dev.nfe.core.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads back the committed batches of one layer in the format a {@link LayerWriter} wrote them
 * ({@link LayerWriter#reader}): the batches a reader lists are exactly those whose commit completed, and the rows of
 * a batch are the rows its writer committed, whatever happened to the layer's files since (an Iceberg compaction
 * rewrites files, never rows). The loader and the test kit read silver through this, never through the files.
 *
 * <p>Implementations are thread-safe; the streams they return are not, and must be closed.
 */
public interface LayerReader {

    /** Every committed batch of the layer, by ingest date, then batch id. The stream must be closed. */
    Stream<Batch> batches();

    /** The committed batches of one ingest date, by batch id. The stream must be closed. */
    Stream<Batch> batches(LocalDate ingestDate);

    /** The batch {@code batchId} of {@code ingestDate}, if it is committed. */
    Optional<Batch> batch(LocalDate ingestDate, String batchId);

    /**
     * The rows of {@code table} in {@code batch}, as {@link Row} values of the table's columns ({@code BigDecimal}
     * at the column's scale, {@code LocalDate}, {@code Instant}); a column the batch's files lack (written before it
     * existed) is null. The stream must be closed.
     *
     * @throws NfeException if the batch's data cannot be read
     */
    Stream<Row> rows(Batch batch, Table table);

    /**
     * This layer as it stood at {@code time}: the batches whose commit completed by then, with the same rows (a
     * committed batch's rows never change). Loading from it rebuilds a warehouse as it would have been at that time.
     */
    LayerReader asOf(Instant time);
}
