package dev.nfe.core.runtime;

import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.RunSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The counts of one stage run, turned into its {@link RunSummary} at the end. Used by one thread. */
final class RunCounters {
    private final String pipeline;
    private final Stage stage;
    private final Clock clock;
    private final Instant start;
    private final ProgressListener listener;
    private final List<String> batchIds = new ArrayList<>();
    private long seen;
    private long written;
    private long quarantined;
    private long duplicates;
    private long warnings;
    private long bytes;

    RunCounters(String pipeline, Stage stage, Clock clock, ProgressListener listener) {
        this.pipeline = pipeline;
        this.stage = stage;
        this.clock = clock;
        this.start = clock.instant();
        this.listener = listener;
    }

    void seen(long count, long size) {
        seen += count;
        bytes += size;
    }

    void written(long count) {
        written += count;
    }

    void quarantined(long count) {
        quarantined += count;
    }

    void duplicates(long count) {
        duplicates += count;
    }

    void warnings(long count) {
        warnings += count;
    }

    void batch(String id) {
        batchIds.add(id);
    }

    long quarantined() {
        return quarantined;
    }

    /** The counts now, to {@linkplain #restore restore} if the work since is abandoned. */
    Snapshot snapshot() {
        return new Snapshot(seen, written, quarantined, duplicates, warnings, bytes);
    }

    /** Forgets what was counted since {@code snapshot}: that work was not committed. */
    void restore(Snapshot snapshot) {
        seen = snapshot.seen();
        written = snapshot.written();
        quarantined = snapshot.quarantined();
        duplicates = snapshot.duplicates();
        warnings = snapshot.warnings();
        bytes = snapshot.bytes();
    }

    /** Tells the listener the current counts. */
    void report() {
        listener.onProgress(new Progress(pipeline, stage, seen, written, quarantined, duplicates, bytes, elapsed()));
    }

    RunSummary summary(Checkpoint continuation) {
        return new RunSummary(pipeline, stage.id(), seen, written, quarantined, duplicates, warnings, bytes,
                batchIds, elapsed(), continuation);
    }

    private Duration elapsed() {
        Duration elapsed = Duration.between(start, clock.instant());
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    /** The counts at one moment of a run. */
    record Snapshot(long seen, long written, long quarantined, long duplicates, long warnings, long bytes) {
    }
}
