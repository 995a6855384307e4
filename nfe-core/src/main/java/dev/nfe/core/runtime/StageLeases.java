package dev.nfe.core.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nfe.core.config.LeaseConfig;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.NfeException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leases that let one run at a time work on each stage of a pipeline, kept in the pipeline's state through the
 * storage alone, so that they hold alike on a local disk and on S3, across processes and hosts.
 *
 * <p>A lease is a chain of {@link LeaseGeneration}s under {@code _state/<pipeline>/leases/<stage>/}. Taking a free
 * lease, renewing a held one and releasing it all create the next generation with the storage's create-if-absent
 * write ({@link StateStore#create}), which exactly one of several runs racing for the same number wins; the losers
 * read the chain again. After creating a generation the writer lists the chain and gives the lease up if a higher
 * number exists (a run that had read a stale chain), so at any time at most one unexpired, unreleased generation
 * heads the chain. That listing relies on the storage listing an object once its creation has returned, which local
 * disks and S3 (strongly consistent since 2020) both do. Generations below the previous one are deleted by the writer
 * of each new one, so the chain stays two or three objects long.
 *
 * <p>A lease ends at its expiry unless renewed, so a holder that was killed blocks the next run at most one lease
 * duration. A holder that could not renew in time (a pause longer than the lease) learns at its next renewal that it
 * lost the lease and stops at its next unit of work. Expiry is judged on each run's clock: hosts must keep their
 * clocks within a small fraction of the lease duration (NTP does).
 */
final class StageLeases {
    private static final Logger log = LoggerFactory.getLogger(StageLeases.class);
    private static final Duration LONGEST_POLL = Duration.ofSeconds(1);
    private static final String FOLDER = "leases/";

    /** How a run waits between two looks at a held lease. */
    interface Pause {
        /** Waits about {@code duration}; throws an {@link NfeException} when interrupted, with the flag restored. */
        void pause(Duration duration);
    }

    /** Waits on the current thread. */
    static final Pause SLEEP = duration -> {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NfeException("Interrupted while waiting for a lease on the lake", e);
        }
    };

    /** What a run found when it asked for a lease. */
    sealed interface Acquisition permits Held, Busy {
    }

    /** The run holds the lease until it closes it. */
    record Held(HeldLease lease) implements Acquisition {
    }

    /**
     * Another run held the lease for the whole wait.
     *
     * @param holder the holder's owner id
     * @param expires when its current generation ends unless renewed
     */
    record Busy(String holder, Instant expires) implements Acquisition {
    }

    private final StateStore state;
    private final LeaseConfig config;
    private final Clock clock;
    private final Pause pause;

    StageLeases(StateStore state, LeaseConfig config, Clock clock, Pause pause) {
        this.state = state;
        this.config = config;
        this.clock = clock;
        this.pause = pause;
    }

    /** An owner id naming this process ({@code pid@host}) and, by a random suffix, one run within it. */
    static String newOwner() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    LeaseConfig config() {
        return config;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Takes lease {@code name} for {@code owner}, waiting while another run holds it, until {@code waitUntil}. The
     * lease is renewed in the background until it is closed.
     */
    Acquisition acquire(String name, String owner, Instant waitUntil) {
        boolean waited = false;
        while (true) {
            Optional<LeaseGeneration> head = current(name);
            Instant now = clock.instant();
            if (head.isEmpty() || head.get().isFreeAt(now)) {
                try {
                    LeaseGeneration taken = advance(name, head.map(LeaseGeneration::number).orElse(0L), owner,
                            now.plus(config.duration()), false);
                    head.filter(previous -> !previous.released()).ifPresent(expired -> log.warn(
                            "Took over lease {} from {}, which expired at {} without being released", name,
                            expired.owner(), expired.expires()));
                    log.debug("Took lease {} as {} (generation {})", name, owner, taken.number());
                    return new Held(HeldLease.start(this, name, taken));
                } catch (CommitConflictException e) {
                    log.debug("Another run moved lease {} first; looking again", name);
                    continue;
                }
            }
            LeaseGeneration holder = head.get();
            if (!now.isBefore(waitUntil)) {
                return new Busy(holder.owner(), holder.expires());
            }
            if (!waited) {
                log.info("Waiting up to {} for lease {}, held by {} until {}", Duration.between(now, waitUntil),
                        name, holder.owner(), holder.expires());
                waited = true;
            }
            pause.pause(shortest(LONGEST_POLL, config.renewalInterval(), Duration.between(now, waitUntil),
                    Duration.between(now, holder.expires())));
        }
    }

    /** The head of lease {@code name}'s chain, empty when it was never taken. */
    Optional<LeaseGeneration> current(String name) {
        List<Long> numbers = numbers(name);
        for (int i = numbers.size() - 1; i >= 0; i--) {
            long number = numbers.get(i);
            String object = objectName(name, number);
            Optional<LeaseGeneration> found = state.read(object).map(json -> parse(object, number, json));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Creates the generation after {@code previous} (0 for the first) and deletes those before {@code previous}.
     *
     * @throws CommitConflictException if another run created that generation first, or a later one exists
     */
    LeaseGeneration advance(String name, long previous, String owner, Instant expires, boolean released) {
        LeaseGeneration next = new LeaseGeneration(previous + 1, owner, expires, released);
        state.create(objectName(name, next.number()), next.toJson());
        List<Long> numbers = numbers(name);
        long highest = numbers.isEmpty() ? next.number() : numbers.get(numbers.size() - 1);
        if (highest > next.number()) {
            throw new CommitConflictException("Cannot hold lease " + name + ": generation " + highest
                    + " is newer than the " + next.number() + " this run just wrote");
        }
        for (long number : numbers) {
            if (number < previous) {
                state.delete(objectName(name, number));
            }
        }
        return next;
    }

    private List<Long> numbers(String name) {
        List<Long> numbers = new ArrayList<>();
        String folder = FOLDER + name + "/";
        for (String object : state.names(folder)) {
            LeaseGeneration.numberOf(object.substring(folder.length())).ifPresent(numbers::add);
        }
        numbers.sort(Comparator.naturalOrder());
        return numbers;
    }

    private static String objectName(String name, long number) {
        return FOLDER + name + "/" + LeaseGeneration.fileName(number);
    }

    private LeaseGeneration parse(String object, long number, JsonNode json) {
        try {
            return LeaseGeneration.fromJson(number, json);
        } catch (RuntimeException e) {
            throw new NfeException("Cannot read lease " + state.path(object) + ": " + e.getMessage(), e);
        }
    }

    private static Duration shortest(Duration... durations) {
        Duration shortest = durations[0];
        for (Duration duration : durations) {
            if (duration.compareTo(shortest) < 0) {
                shortest = duration;
            }
        }
        return shortest.isNegative() || shortest.isZero() ? Duration.ofMillis(1) : shortest;
    }
}
