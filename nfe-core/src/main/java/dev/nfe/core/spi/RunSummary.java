package dev.nfe.core.spi;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one stage run did.
 *
 * @param pipeline the pipeline name
 * @param stage {@code extract}, {@code transform} or {@code load}
 * @param seen documents read
 * @param written documents written to the stage's output layer
 * @param quarantined documents sent to quarantine; at extract, inputs the extractor rejected (an oversized file, a
 *     zip bomb entry), each recorded with its reason under {@code _state/<pipeline>/rejected/}
 * @param duplicates documents skipped because they were already written
 * @param warnings warning-level findings on kept documents
 * @param bytes bytes read
 * @param batchIds ids of the batches committed, in order
 * @param duration wall time of the run
 * @param continuation where the next run resumes when this one stopped at its deadline, or did nothing because
 *     another run held the stage (then with key {@value #HELD_BY}); empty when it finished
 */
public record RunSummary(
        String pipeline,
        String stage,
        long seen,
        long written,
        long quarantined,
        long duplicates,
        long warnings,
        long bytes,
        List<String> batchIds,
        Duration duration,
        Checkpoint continuation) {
    /** The continuation key naming the run that held the stage's lease while this one waited in vain. */
    public static final String HELD_BY = "lease.heldBy";

    public RunSummary {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(stage, "stage");
        batchIds = List.copyOf(batchIds);
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(continuation, "continuation");
    }

    /** Whether the run stopped at its deadline with work left, or did nothing because another run held the stage. */
    public boolean isPartial() {
        return !continuation.values().isEmpty();
    }

    /** The owner id of the run that held the stage's lease for the whole wait, when this run did nothing for it. */
    public Optional<String> heldBy() {
        return continuation.get(HELD_BY);
    }
}
