package dev.nfe.core.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * When a stage run must have returned, read against the pipeline's clock. A stage starts a unit of work (a bronze
 * batch, a silver batch) only when more than the margin remains, and abandons a unit uncommitted if the deadline
 * itself passes while it runs. A deadline can also be {@linkplain #isRevoked() revoked} (the run lost its lease):
 * it then counts as passed.
 */
final class Deadline {
    /** Far enough to never be reached, near enough that adding an extractor's margin cannot overflow. */
    private static final Instant NONE = Instant.parse("9999-12-31T23:59:59Z");

    private final Clock clock;
    private final Instant instant;
    private final Duration margin;
    private final BooleanSupplier revoked;

    private Deadline(Clock clock, Instant instant, Duration margin, BooleanSupplier revoked) {
        this.clock = clock;
        this.instant = instant;
        this.margin = margin;
        this.revoked = revoked;
    }

    static Deadline of(Clock clock, Optional<Instant> instant, Duration margin) {
        return new Deadline(clock, instant.orElse(NONE), margin, () -> false);
    }

    /** This deadline, passed as soon as {@code condition} holds. */
    Deadline revokedWhen(BooleanSupplier condition) {
        return new Deadline(clock, instant, margin, condition);
    }

    /** Whether the run must stop now whatever the time: it lost its lease on the stage. */
    boolean isRevoked() {
        return revoked.getAsBoolean();
    }

    /** The deadline, or a far future instant when there is none. */
    Instant instant() {
        return instant;
    }

    /** Whether no new unit of work should start: less than the margin remains. */
    boolean isNear() {
        return isRevoked() || !clock.instant().plus(margin).isBefore(instant);
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
        return isRevoked() || !clock.instant().isBefore(instant);
    }
}
