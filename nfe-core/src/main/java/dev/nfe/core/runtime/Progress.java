package dev.nfe.core.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * A snapshot of a running stage, for progress displays.
 *
 * @param pipeline the pipeline name
 * @param stage the running stage
 * @param seen documents (load: batches) read so far
 * @param written documents (load: batches) written so far
 * @param quarantined documents sent to quarantine so far
 * @param duplicates documents skipped as already written
 * @param bytes bytes read so far
 * @param elapsed time since the stage started
 */
public record Progress(String pipeline, Stage stage, long seen, long written, long quarantined, long duplicates,
        long bytes, Duration elapsed) {
    public Progress {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Documents seen per second of elapsed time; 0 before the first millisecond. */
    public double documentsPerSecond() {
        long millis = elapsed.toMillis();
        return millis <= 0 ? 0 : seen * 1000.0 / millis;
    }
}
