package dev.nfe.core.runtime;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A range of {@code ingest_date} partitions, both ends included: the batches a transform or load run may take.
 *
 * @param from the first ingest date
 * @param to the last ingest date, not before {@code from}
 */
public record IngestWindow(LocalDate from, LocalDate to) {
    public IngestWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Cannot create IngestWindow " + from + ".." + to + ": to is before from");
        }
    }

    /** Whether {@code date} lies in the window. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
