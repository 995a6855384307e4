package dev.nfe.core.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A committed batch of a layer: the files its manifest names. Files not named here are not part of the batch, even
 * if they sit in the batch's folder.
 *
 * @param id the batch id, unique within the layer and pipeline
 * @param layer {@code bronze}, {@code silver} or {@code gold}
 * @param ingestDate the {@code ingest_date} partition
 * @param files the data files, in manifest order (possibly empty: a batch whose documents were all quarantined)
 */
public record Batch(String id, String layer, LocalDate ingestDate, List<BatchFile> files) {
    public Batch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(ingestDate, "ingestDate");
        files = List.copyOf(files);
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("Cannot create Batch " + id + ": id must be letters, digits, '.', '_' or '-'");
        }
    }

    /** Total rows of {@code table} in this batch. */
    public long rows(String table) {
        return files.stream().filter(f -> f.table().equals(table)).mapToLong(BatchFile::rows).sum();
    }
}
