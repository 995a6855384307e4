package dev.nfe.core.extract;

import dev.nfe.core.spi.NfeException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wait before each retry: the server's {@code Retry-After} when a 429 or 503 sent one (at most
 * {@code maxRetryAfter}), else exponential backoff from {@code backoff}, doubling up to {@code maxBackoff}, with
 * {@code jitter} as randomization factor.
 *
 * <p>It also performs the wait, through the injected {@link Sleeper}, and returns 0 to resilience4j: resilience4j
 * sleeps through a process-wide static hook ({@code RetryImpl.setSleepFunction}), which would make waits neither
 * injectable per instance nor observable in tests.
 *
 * <p>A wait after which the next attempt could not start before the run's deadline ({@link CallDeadline}) is not
 * taken: it throws {@link DeadlineReached} instead, which resilience4j does not retry.
 */
final class RetryWaits implements IntervalBiFunction<HttpReply> {
    private static final Logger log = LoggerFactory.getLogger(RetryWaits.class);

    private final HttpSourceConfig.RetrySettings settings;
    private final IntervalFunction backoff;
    private final Sleeper sleeper;
    private final CallDeadline deadline;

    RetryWaits(HttpSourceConfig.RetrySettings settings, Sleeper sleeper, CallDeadline deadline) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.deadline = deadline;
        this.backoff = settings.jitter() > 0
                ? IntervalFunction.ofExponentialRandomBackoff(settings.backoff().toMillis(), 2.0, settings.jitter(),
                        settings.maxBackoff().toMillis())
                : IntervalFunction.ofExponentialBackoff(settings.backoff().toMillis(), 2.0,
                        settings.maxBackoff().toMillis());
    }

    /**
     * A retry named {@code name} of one call: {@code settings.maxAttempts()} attempts, retrying only
     * {@link RetryableFailure}s, waiting as this class does and never past {@code deadline}.
     */
    static Retry retry(String name, HttpSourceConfig.RetrySettings settings, Sleeper sleeper,
            CallDeadline deadline) {
        return Retry.of(name, RetryConfig.<HttpReply>custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(RetryableFailure.class::isInstance)
                .intervalBiFunction(new RetryWaits(settings, sleeper, deadline))
                .build());
    }

    @Override
    public Long apply(Integer attempt, Either<Throwable, HttpReply> outcome) {
        Optional<Throwable> failure = outcome.isLeft() ? Optional.of(outcome.getLeft()) : Optional.empty();
        Duration wait = waitAfter(attempt, failure);
        if (!deadline.allowsAttemptAfter(wait)) {
            String message = "Not retrying after a wait of " + wait.toMillis() + " ms: attempt " + attempt
                    + " failed (" + failure.map(Throwable::getMessage).orElse("unexpected result")
                    + ") and the run's deadline is near";
            throw failure.isPresent() ? new DeadlineReached(message, failure.get()) : new DeadlineReached(message);
        }
        log.warn("Retrying in {} ms, attempt {} of {} failed: {}", wait.toMillis(), attempt, settings.maxAttempts(),
                failure.map(Throwable::getMessage).orElse("unexpected result"));
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NfeException("Interrupted while waiting to retry: "
                    + failure.map(Throwable::getMessage).orElse("unexpected result"), e);
        }
        return 0L;
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    Duration waitAfter(int attempt, Optional<Throwable> failure) {
        Optional<Duration> asked = failure.filter(RetryableFailure.class::isInstance)
                .flatMap(f -> ((RetryableFailure) f).retryAfter());
        if (asked.isPresent()) {
            return asked.get().compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : asked.get();
        }
        return Duration.ofMillis(backoff.apply(attempt));
    }
}
