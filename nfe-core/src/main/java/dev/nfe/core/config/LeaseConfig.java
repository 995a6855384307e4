package dev.nfe.core.config;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code lease} section: how runs of one pipeline take turns on the lake. Each stage run holds its stage's lease
 * while it works, renews it every third of {@code duration}, and releases it when it returns; a lease its holder
 * stopped renewing (a killed process) expires after {@code duration}. A run that finds the lease held waits up to
 * {@code maxWait} ({@code lease.wait}) for it, then returns having done nothing.
 *
 * @param duration how long a lease lasts without renewal; at least one second
 * @param maxWait how long a run waits for a lease another run holds; zero to not wait
 */
public record LeaseConfig(Duration duration, Duration maxWait) {
    static final String DURATION = "duration";
    static final String WAIT = "wait";

    /** The shortest lease: renewals every third of it must fit between the storage's round trips. */
    static final Duration MINIMUM_DURATION = Duration.ofSeconds(1);

    static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.duration(DURATION).positive().withDefault("PT1M")
                    .doc("How long a stage's lease on the lake lasts unless renewed; the holder renews it every "
                            + "third of this, so a run that was killed blocks the next one at most this long. "
                            + "At least 1s."),
            ConfigKey.duration(WAIT).withDefault("PT10M")
                    .doc("How long a run waits for the lease of a stage another run of the pipeline holds, before "
                            + "returning with nothing done (exit 0, \"another run holds the lake\"). 0s to not wait."));

    /**
     * @throws ConfigException naming the key when {@code duration} is under a second or {@code maxWait} is negative
     */
    public LeaseConfig {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(maxWait, "maxWait");
        problem(duration, maxWait).ifPresent(problem -> {
            throw new ConfigException(problem);
        });
    }

    /** One-minute leases, waited for up to ten minutes. */
    public static LeaseConfig defaults() {
        return new LeaseConfig(Duration.ofMinutes(1), Duration.ofMinutes(10));
    }

    /** This configuration with the wait {@code value}. */
    public LeaseConfig withMaxWait(Duration value) {
        return new LeaseConfig(duration, value);
    }

    /** How often the holder renews the lease: a third of its duration. */
    public Duration renewalInterval() {
        return duration.dividedBy(3);
    }

    static Optional<String> problem(Duration duration, Duration wait) {
        if (duration.compareTo(MINIMUM_DURATION) < 0) {
            return Optional.of("lease." + DURATION + ": must be at least 1s, was " + duration);
        }
        if (wait.isNegative()) {
            return Optional.of("lease." + WAIT + ": must not be negative, was " + wait);
        }
        return Optional.empty();
    }
}
