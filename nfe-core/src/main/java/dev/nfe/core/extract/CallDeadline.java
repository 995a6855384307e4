package dev.nfe.core.extract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The part of a run's deadline that network calls may use: a call, with its retries, ends by the deadline less
 * half the extractor's margin (the cut-off), leaving the other half to commit the page in hand and return; a retry
 * is only started while more than the whole margin remains, the rule for starting a new page. Every timeout of a
 * call (connect, request, idle, body) is capped by the time left until the cut-off. Read against the extractor's
 * clock; immutable and thread-safe, so detail requests share one.
 */
final class CallDeadline {
    private static final Duration MINIMUM = Duration.ofMillis(1);

    private final Clock clock;
    private final Instant cutoff;
    private final Instant lastStart;

    private CallDeadline(Clock clock, Instant cutoff, Instant lastStart) {
        this.clock = clock;
        this.cutoff = cutoff;
        this.lastStart = lastStart;
    }

    /** The calls of a run that must return by {@code deadline}, keeping {@code margin} for the last page. */
    static CallDeadline of(Clock clock, Instant deadline, Duration margin) {
        return new CallDeadline(clock, deadline.minus(margin.dividedBy(2)), deadline.minus(margin));
    }

    /**
     * Fails when the cut-off has passed, so that no call starts.
     *
     * @throws DeadlineReached naming {@code what} would have started
     */
    void checkTimeLeft(String what) {
        if (hasPassed()) {
            throw new DeadlineReached("Not starting " + what + ": the run's deadline is near");
        }
    }

    /**
     * {@code timeout}, or the time left until the cut-off when that is shorter (at least a millisecond, so that a
     * read already under way ends by timing out and releases its connection).
     */
    Duration cap(Duration timeout) {
        Duration left = Duration.between(clock.instant(), cutoff);
        if (left.compareTo(MINIMUM) < 0) {
            return MINIMUM;
        }
        return left.compareTo(timeout) < 0 ? left : timeout;
    }

    /** Whether a new attempt started after waiting {@code wait} from now would still leave the whole margin. */
    boolean allowsAttemptAfter(Duration wait) {
        return clock.instant().plus(wait).isBefore(lastStart);
    }

    /** Whether the cut-off has passed: a call that failed now failed because its time was cut short. */
    boolean hasPassed() {
        return !clock.instant().isBefore(cutoff);
    }
}
