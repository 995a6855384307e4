package dev.nfe.core.cli;

import dev.nfe.core.runtime.Progress;
import dev.nfe.core.runtime.ProgressListener;
import dev.nfe.core.runtime.Stage;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Shows a running stage's progress on the error output: on a terminal, one line rewritten in place a few times a
 * second; otherwise (a pipe, a log file, a CI job) a plain progress line every ten seconds, so logs stay readable.
 * Each line gives documents, documents per second, bytes and quarantined documents.
 */
final class ProgressDisplay implements ProgressListener {
    private static final Duration TERMINAL_INTERVAL = Duration.ofMillis(200);
    private static final Duration LOG_INTERVAL = Duration.ofSeconds(10);

    /** Where the progress goes. */
    private enum Mode { TERMINAL, LOG }

    private final PrintWriter err;
    private final Mode mode;
    private final Clock clock;
    private Optional<Instant> lastShown = Optional.empty();
    private Optional<Stage> lastStage = Optional.empty();
    private Optional<Progress> latest = Optional.empty();

    private ProgressDisplay(PrintWriter err, Mode mode, Clock clock) {
        this.err = err;
        this.mode = mode;
        this.clock = clock;
    }

    /** A display for a person watching a terminal: one line rewritten in place. */
    static ProgressDisplay terminal(PrintWriter err, Clock clock) {
        return new ProgressDisplay(err, Mode.TERMINAL, clock);
    }

    /** A display for a log: a plain line every ten seconds. */
    static ProgressDisplay log(PrintWriter err, Clock clock) {
        return new ProgressDisplay(err, Mode.LOG, clock);
    }

    @Override
    public void onProgress(Progress progress) {
        Instant now = clock.instant();
        latest = Optional.of(progress);
        boolean newStage = lastStage.filter(progress.stage()::equals).isEmpty();
        Duration interval = mode == Mode.TERMINAL ? TERMINAL_INTERVAL : LOG_INTERVAL;
        if (!newStage && lastShown.filter(shown -> now.isBefore(shown.plus(interval))).isPresent()) {
            return;
        }
        if (newStage && mode == Mode.TERMINAL && lastStage.isPresent()) {
            err.println();
        }
        show(progress, now);
        lastStage = Optional.of(progress.stage());
        lastShown = Optional.of(now);
    }

    /** Shows the last counts and ends the terminal line, once the run is over. */
    void finish() {
        if (mode == Mode.TERMINAL && latest.isPresent()) {
            show(latest.get(), clock.instant());
            err.println();
        }
        err.flush();
    }

    private void show(Progress progress, Instant now) {
        String line = String.format(Locale.ROOT, "%-9s %,d documents  %,.1f/s  %s  %,d quarantined  %,d duplicates",
                progress.stage().id(), progress.seen(), progress.documentsPerSecond(), SummaryTable.bytes(progress.bytes()),
                progress.quarantined(), progress.duplicates());
        if (mode == Mode.TERMINAL) {
            err.print("\r" + line + "   ");
        } else {
            err.println(now + " progress " + line);
        }
        err.flush();
    }
}
