package dev.nfe.core.extract;

import java.time.Duration;

/** Waits between retries and for the rate limit; tests inject one that records the waits instead. */
@FunctionalInterface
interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps the calling thread. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
}
