package dev.nfe.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.NfeException;
import io.github.resilience4j.core.functions.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The computed waits: Retry-After parsing, backoff with and without jitter, and the rate limiter's spacing. */
class RetryTimingTest {
    private static final Instant NOW = Instant.parse("2026-01-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final CallDeadline UNBOUNDED = CallDeadline.of(CLOCK, Instant.MAX, Duration.ZERO);
    private static final HttpSourceConfig.RetrySettings SLOW = new HttpSourceConfig.RetrySettings(3,
            Duration.ofSeconds(2), Duration.ofSeconds(8), 0, Duration.ofSeconds(60));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "120|PT2M",
        "0|PT0S",
        "Fri, 02 Jan 2026 10:00:30 GMT|PT30S",
        "Fri, 02 Jan 2026 09:59:00 GMT|PT0S"})
    void parse_retryAfter_givesTheWait(String header, Duration expected) {
        assertThat(RetryAfter.parse(Optional.of(header), NOW)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"soon", "-5", "1.5", "99999999999"})
    void parse_unreadableRetryAfter_isEmpty(String header) {
        assertThat(RetryAfter.parse(Optional.of(header), NOW)).isEmpty();
    }

    @Test
    void waitAfter_withoutJitter_doublesUpToTheMaximum() {
        RetryWaits waits = new RetryWaits(new HttpSourceConfig.RetrySettings(8, Duration.ofMillis(100),
                Duration.ofMillis(500), 0, Duration.ofSeconds(60)), new RecordingSleeper(), UNBOUNDED);

        assertThat(IntStream.rangeClosed(1, 5).mapToObj(attempt -> waits.waitAfter(attempt, Optional.empty())))
                .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                        Duration.ofMillis(500), Duration.ofMillis(500));
    }

    @Test
    void waitAfter_withJitter_staysWithinTheRandomizationBand() {
        RetryWaits waits = new RetryWaits(new HttpSourceConfig.RetrySettings(8, Duration.ofMillis(1000),
                Duration.ofSeconds(30), 0.5, Duration.ofSeconds(60)), new RecordingSleeper(), UNBOUNDED);

        for (int i = 0; i < 200; i++) {
            assertThat(waits.waitAfter(1, Optional.empty())).isBetween(Duration.ofMillis(500),
                    Duration.ofMillis(1501));
        }
    }

    @Test
    void waitAfter_serverRetryAfter_winsOverBackoffUpToItsCap() {
        RetryWaits waits = new RetryWaits(new HttpSourceConfig.RetrySettings(3, Duration.ofMillis(100),
                Duration.ofMillis(500), 0, Duration.ofSeconds(20)), new RecordingSleeper(), UNBOUNDED);

        assertThat(waits.waitAfter(1, Optional.of(RetryableFailure.status("x", 429,
                Optional.of(Duration.ofSeconds(5)))))).isEqualTo(Duration.ofSeconds(5));
        assertThat(waits.waitAfter(1, Optional.of(RetryableFailure.status("x", 503,
                Optional.of(Duration.ofMinutes(5)))))).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void apply_waitEndingInsideTheMargin_refusesToRetryWithoutWaiting() {
        RecordingSleeper sleeper = new RecordingSleeper();
        RetryWaits waits = new RetryWaits(SLOW, sleeper,
                CallDeadline.of(CLOCK, NOW.plusSeconds(12), Duration.ofSeconds(10)));

        assertThatThrownBy(() -> waits.apply(1, Either.left(RetryableFailure.io("GET /nfe: reset", null))))
                .isInstanceOf(DeadlineReached.class)
                .hasMessageContaining("deadline is near")
                .hasMessageContaining("GET /nfe: reset");
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void apply_retryAfterPastTheDeadline_refusesToRetry() {
        RecordingSleeper sleeper = new RecordingSleeper();
        RetryWaits waits = new RetryWaits(SLOW, sleeper,
                CallDeadline.of(CLOCK, NOW.plusSeconds(30), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> waits.apply(1, Either.left(RetryableFailure.status("GET /nfe: HTTP 503", 503,
                Optional.of(Duration.ofSeconds(40))))))
                .isInstanceOf(DeadlineReached.class);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void apply_waitEndingBeforeTheMargin_waits() {
        RecordingSleeper sleeper = new RecordingSleeper();
        RetryWaits waits = new RetryWaits(SLOW, sleeper,
                CallDeadline.of(CLOCK, NOW.plusSeconds(30), Duration.ofSeconds(10)));

        assertThat(waits.apply(1, Either.left(RetryableFailure.io("GET /nfe: reset", null)))).isZero();
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    }

    @ParameterizedTest(name = "timeout {0} with the deadline in {1}s, margin 10s -> {2}")
    @CsvSource({"PT30S,60,PT30S", "PT30S,20,PT15S", "PT30S,5,PT0.001S"})
    void cap_timeout_endsByTheDeadlineLessHalfTheMargin(Duration timeout, long deadlineInSeconds,
            Duration expected) {
        CallDeadline deadline = CallDeadline.of(CLOCK, NOW.plusSeconds(deadlineInSeconds), Duration.ofSeconds(10));

        assertThat(deadline.cap(timeout)).isEqualTo(expected);
    }

    @Test
    void checkTimeLeft_afterTheCutOff_refusesTheCall() {
        CallDeadline deadline = CallDeadline.of(CLOCK, NOW.plusSeconds(4), Duration.ofSeconds(10));

        assertThatThrownBy(() -> deadline.checkTimeLeft("GET /nfe")).isInstanceOf(DeadlineReached.class)
                .hasMessageContaining("Not starting GET /nfe");
    }

    @Test
    void acquire_fourRequestsAtTwoPerSecond_areSpacedHalfASecondApart() {
        AtomicLong nanos = new AtomicLong(1_000);
        RecordingSleeper sleeper = new RecordingSleeper();
        RequestRateLimiter limiter = new RequestRateLimiter(2, nanos::get, sleeper);

        IntStream.range(0, 4).forEach(i -> limiter.acquire());

        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000),
                Duration.ofMillis(1500));
    }

    @Test
    void acquire_afterAnIdlePeriod_doesNotWait() {
        AtomicLong nanos = new AtomicLong(0);
        RecordingSleeper sleeper = new RecordingSleeper();
        RequestRateLimiter limiter = new RequestRateLimiter(2, nanos::get, sleeper);

        limiter.acquire();
        nanos.addAndGet(Duration.ofSeconds(3).toNanos());
        limiter.acquire();

        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void acquire_interrupted_restoresTheFlagAndFails() {
        RequestRateLimiter limiter = new RequestRateLimiter(1, () -> 0L, duration -> {
            throw new InterruptedException();
        });
        limiter.acquire();
        try {
            assertThatThrownBy(limiter::acquire).isInstanceOf(NfeException.class).hasMessageContaining("Interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
