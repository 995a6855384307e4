package dev.nfe.core.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where and what a {@link LayerWriter} writes: one batch of a layer, with the tables it may hold.
 *
 * @param layer the layer's root prefix in storage ({@code silver}, {@code gold}, or {@code <pipeline>/silver})
 * @param batchId the batch id; file names derive from it, so rewriting a batch gives the same names
 * @param ingestDate the {@code ingest_date} partition
 * @param tables the tables rows may be written to
 */
public record BatchTarget(String layer, String batchId, LocalDate ingestDate, List<Table> tables) {
    public BatchTarget {
        StoragePath.requireValid(layer);
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(ingestDate, "ingestDate");
        tables = List.copyOf(tables);
        if (!batchId.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("Cannot write batch " + batchId + ": id must be letters, digits, '.', '_' or '-'");
        }
    }
}
