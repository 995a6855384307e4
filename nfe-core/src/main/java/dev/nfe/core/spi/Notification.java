package dev.nfe.core.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A stage outcome for a {@link Notifier}.
 *
 * @param pipeline the pipeline name
 * @param stage the stage
 * @param outcome succeeded, finished with quarantined documents, or failed
 * @param summary the run summary
 * @param error a failure's message (never a secret), empty when the stage did not fail
 */
public record Notification(String pipeline, String stage, Outcome outcome, RunSummary summary, Optional<String> error) {
    public Notification {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(error, "error");
    }

    /** How a stage ended. */
    public enum Outcome { SUCCEEDED, QUARANTINED, FAILED }
}
