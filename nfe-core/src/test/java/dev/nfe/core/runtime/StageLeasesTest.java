package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.config.LeaseConfig;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.storage.LocalStorage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leases on a real local storage, with a test clock that a waiting run advances instead of sleeping. */
class StageLeasesTest {
    private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
    private static final LeaseConfig CONFIG = new LeaseConfig(Duration.ofSeconds(30), Duration.ofMinutes(2));

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock(START);
    private final List<Duration> pauses = new ArrayList<>();

    private StageLeases leases(LeaseConfig config) {
        StageLeases.Pause advancing = duration -> {
            pauses.add(duration);
            clock.advance(duration);
        };
        return new StageLeases(new StateStore(new LocalStorage(directory), "nfe-test"), config, clock, advancing);
    }

    private HeldLease take(StageLeases leases, String owner) {
        StageLeases.Acquisition acquisition = leases.acquire("extract", owner, clock.instant());
        assertThat(acquisition).isInstanceOf(StageLeases.Held.class);
        return ((StageLeases.Held) acquisition).lease();
    }

    @Test
    void acquire_freeLease_holdsItUntilClosed() {
        StageLeases leases = leases(CONFIG);

        try (HeldLease held = take(leases, "run-a")) {
            assertThat(leases.current("extract")).get()
                    .returns("run-a", LeaseGeneration::owner)
                    .returns(START.plus(CONFIG.duration()), LeaseGeneration::expires)
                    .returns(false, LeaseGeneration::released);
            assertThat(held.isLost()).isFalse();
        }

        assertThat(leases.current("extract")).get().returns(true, LeaseGeneration::released);
        assertThat(pauses).isEmpty();
    }

    @Test
    void acquire_heldLeaseWithoutWait_isBusyNamingTheHolder() {
        StageLeases leases = leases(CONFIG);
        try (HeldLease held = take(leases, "run-a")) {
            StageLeases.Acquisition second = leases.acquire("extract", "run-b", clock.instant());

            assertThat(second).isEqualTo(new StageLeases.Busy("run-a", START.plus(CONFIG.duration())));
            assertThat(leases.current("extract")).get().returns("run-a", LeaseGeneration::owner);
        }
    }

    @Test
    void acquire_otherStage_isIndependent() {
        StageLeases leases = leases(CONFIG);
        try (HeldLease extract = take(leases, "run-a")) {
            StageLeases.Acquisition transform = leases.acquire("transform", "run-b", clock.instant());

            assertThat(transform).isInstanceOf(StageLeases.Held.class);
            ((StageLeases.Held) transform).lease().close();
        }
    }

    @Test
    void acquire_leaseOfAKilledHolder_isTakenOverOnceItExpires() {
        StageLeases leases = leases(CONFIG);
        // a holder killed before releasing: its generation stays, unrenewed
        leases.advance("extract", 0, "killed-run", START.plus(CONFIG.duration()), false);

        StageLeases.Acquisition acquisition = leases.acquire("extract", "run-b", START.plus(CONFIG.maxWait()));

        assertThat(acquisition).isInstanceOf(StageLeases.Held.class);
        try (HeldLease held = ((StageLeases.Held) acquisition).lease()) {
            assertThat(clock.instant()).isEqualTo(START.plus(CONFIG.duration()));
            assertThat(leases.current("extract")).get()
                    .returns("run-b", LeaseGeneration::owner)
                    .returns(2L, LeaseGeneration::number);
        }
    }

    @Test
    void acquire_holderOutlastingTheWait_isBusyAfterWaiting() {
        StageLeases leases = leases(new LeaseConfig(Duration.ofMinutes(5), Duration.ofSeconds(10)));
        leases.advance("extract", 0, "run-a", START.plus(Duration.ofMinutes(5)), false);

        StageLeases.Acquisition acquisition = leases.acquire("extract", "run-b", START.plus(Duration.ofSeconds(10)));

        assertThat(acquisition).isEqualTo(new StageLeases.Busy("run-a", START.plus(Duration.ofMinutes(5))));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofSeconds(10)));
        assertThat(pauses).allSatisfy(pause -> assertThat(pause).isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void renew_beforeExpiry_extendsTheLeaseSoAWaitingRunStaysOut() {
        StageLeases leases = leases(CONFIG);
        try (HeldLease held = take(leases, "run-a")) {
            clock.advance(Duration.ofSeconds(20));
            held.renew();
            clock.advance(Duration.ofSeconds(20));

            assertThat(leases.current("extract")).get()
                    .returns(START.plus(Duration.ofSeconds(50)), LeaseGeneration::expires);
            assertThat(leases.acquire("extract", "run-b", clock.instant()))
                    .isInstanceOf(StageLeases.Busy.class);
            assertThat(held.isLost()).isFalse();
        }
    }

    @Test
    void renew_afterExpiry_losesTheLease() {
        StageLeases leases = leases(CONFIG);
        HeldLease held = take(leases, "run-a");
        clock.advance(Duration.ofSeconds(31));

        held.renew();

        assertThat(held.isLost()).isTrue();
        held.close();
        assertThat(leases.current("extract")).get().returns(false, LeaseGeneration::released);
    }

    @Test
    void renew_afterATakeOver_losesTheLeaseAndLeavesTheNewHolder() {
        // the stale holder was paused: its clock is behind the time at which the other run found the lease expired
        MutableClock pausedClock = new MutableClock(START);
        StageLeases pausedRun = new StageLeases(new StateStore(new LocalStorage(directory), "nfe-test"), CONFIG,
                pausedClock, duration -> { });
        HeldLease stale = ((StageLeases.Held) pausedRun.acquire("extract", "run-a", START)).lease();
        clock.advance(Duration.ofSeconds(30));
        HeldLease taker = take(leases(CONFIG), "run-b");
        pausedClock.advance(Duration.ofSeconds(10));

        stale.renew();
        stale.close();

        assertThat(stale.isLost()).isTrue();
        assertThat(leases(CONFIG).current("extract")).get().returns("run-b", LeaseGeneration::owner)
                .returns(false, LeaseGeneration::released);
        taker.close();
    }

    @Test
    void advance_generationAlreadyWritten_conflicts() {
        StageLeases leases = leases(CONFIG);
        leases.advance("extract", 0, "run-a", START.plus(CONFIG.duration()), false);

        assertThatThrownBy(() -> leases.advance("extract", 0, "run-b", START.plus(CONFIG.duration()), false))
                .isInstanceOf(CommitConflictException.class);
        assertThat(leases.current("extract")).get().returns("run-a", LeaseGeneration::owner);
    }

    @Test
    void advance_staleChainWithALaterGeneration_conflicts() {
        StageLeases leases = leases(CONFIG);
        leases.advance("extract", 0, "run-a", START, false);
        leases.advance("extract", 1, "run-a", START, false);
        leases.advance("extract", 2, "run-b", START.plus(CONFIG.duration()), false);
        leases.advance("extract", 3, "run-b", START.plus(CONFIG.duration()), false);
        // generation 1 was deleted as old; a run that read a stale chain recreates it
        assertThatThrownBy(() -> leases.advance("extract", 0, "run-c", START.plus(CONFIG.duration()), false))
                .isInstanceOf(CommitConflictException.class)
                .hasMessageContaining("generation 4");
        assertThat(leases.current("extract")).get().returns("run-b", LeaseGeneration::owner);
    }

    @Test
    void advance_manyRenewals_keepsTheChainShort() {
        StageLeases leases = leases(CONFIG);
        try (HeldLease held = take(leases, "run-a")) {
            for (int i = 0; i < 10; i++) {
                clock.advance(Duration.ofSeconds(10));
                held.renew();
            }
        }

        StateStore state = new StateStore(new LocalStorage(directory), "nfe-test");
        assertThat(state.names("leases/extract/")).hasSizeLessThanOrEqualTo(3);
        assertThat(leases.current("extract")).get().returns(12L, LeaseGeneration::number);
    }
}
