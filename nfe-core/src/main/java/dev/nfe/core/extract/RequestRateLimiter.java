package dev.nfe.core.extract;

import dev.nfe.core.spi.NfeException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces requests at least {@code 1 / requestsPerSecond} apart, across threads, without bursts: each caller
 * reserves the next free slot and sleeps until it. Retries and detail requests count like any other request.
 */
final class RequestRateLimiter {
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long nextFree;

    RequestRateLimiter(double requestsPerSecond, LongSupplier nanoTime, Sleeper sleeper) {
        this.intervalNanos = Math.max(1, (long) (1_000_000_000L / requestsPerSecond));
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.nextFree = nanoTime.getAsLong();
    }

    /** Waits for this request's slot. */
    void acquire() {
        long wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            // Compared by difference: nanoTime values may wrap around.
            long slot = nextFree - now > 0 ? nextFree : now;
            nextFree = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            try {
                sleeper.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NfeException("Interrupted while waiting for the request rate limit", e);
            }
        }
    }
}
