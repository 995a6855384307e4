package dev.nfe.core.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a stage run must have returned, read against the pipeline's clock. A stage starts a unit of work (a bronze
 * batch, a silver batch) only when more than the margin remains, and abandons a unit uncommitted if the deadline
 * itself passes while it runs.
 */
final class Deadline {
    /** Far enough to never be reached, near enough that adding an extractor's margin cannot overflow. */
    private static final Instant NONE = Instant.parse("9999-12-31T23:59:59Z");

    private final Clock clock;
    private final Instant instant;
    private final Duration margin;

    private Deadline(Clock clock, Instant instant, Duration margin) {
        this.clock = clock;
        this.instant = instant;
        this.margin = margin;
    }

    static Deadline of(Clock clock, Optional<Instant> instant, Duration margin) {
        return new Deadline(clock, instant.orElse(NONE), margin);
    }

    /** The deadline, or a far future instant when there is none. */
    Instant instant() {
        return instant;
    }

    /** Whether no new unit of work should start: less than the margin remains. */
    boolean isNear() {
        return !clock.instant().plus(margin).isBefore(instant);
    }

    /** Whether the run has a deadline at all. */
    boolean isSet() {
        return !instant.equals(NONE);
    }

    /** The time left before the margin begins, zero once it has. */
    Duration untilNear() {
        Duration left = Duration.between(clock.instant().plus(margin), instant);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether the deadline has passed. */
    boolean hasPassed() {
        return !clock.instant().isBefore(instant);
    }
}
