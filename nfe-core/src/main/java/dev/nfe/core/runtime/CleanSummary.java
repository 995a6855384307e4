package dev.nfe.core.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Pipeline#clean} removed from the lake, or would remove on a dry run.
 *
 * @param removed each object or unfinished write, in the order found
 * @param dryRun whether nothing was actually removed
 * @param heldBy the owner of a stage lease held for the whole wait, when the clean did nothing for that reason
 */
public record CleanSummary(List<Removal> removed, boolean dryRun, Optional<String> heldBy) {
    public CleanSummary {
        removed = List.copyOf(removed);
        Objects.requireNonNull(heldBy, "heldBy");
    }

    /** The summary of a clean that did nothing because the run {@code holder} held a stage of the pipeline. */
    static CleanSummary busy(String holder, boolean dryRun) {
        return new CleanSummary(List.of(), dryRun, Optional.of(holder));
    }

    /** How many of the removals are of {@code kind}. */
    public long count(Removal.Kind kind) {
        return removed.stream().filter(removal -> removal.kind() == kind).count();
    }

    /**
     * One thing removed.
     *
     * @param path the key of the object, or of the object an unfinished write was creating
     * @param kind what it was
     * @param detail which write or batch, for the log: the temporary file's name or upload id, the batch id
     */
    public record Removal(String path, Kind kind, String detail) {
        public Removal {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(detail, "detail");
        }

        /** What a removal was. */
        public enum Kind {
            /** A write a killed process neither closed nor aborted: a temporary file, an incomplete upload. */
            UNFINISHED_WRITE,
            /** A file in one of the pipeline's batch folders that the batch's manifest does not name, or that
             *  belongs to a batch that was never committed. */
            UNREFERENCED_OBJECT
        }
    }
}
