package dev.nfe.core.extract;

import dev.nfe.core.spi.TransientException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One failed attempt worth retrying: HTTP 408, 429 or 5xx, or an I/O error (timeout, reset, truncated body). The
 * message names the request (without credentials) and what went wrong; {@link #retryAfter()} carries the server's
 * {@code Retry-After} on 429 and 503. Once retries are exhausted it becomes the cause of the
 * {@link TransientException} the extractor throws.
 */
final class RetryableFailure extends TransientException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final long retryAfterMillis;

    private RetryableFailure(String message, int status, long retryAfterMillis, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.retryAfterMillis = retryAfterMillis;
    }

    static RetryableFailure status(String message, int status, Optional<Duration> retryAfter) {
        return new RetryableFailure(message, status, retryAfter.map(Duration::toMillis).orElse(-1L), null);
    }

    static RetryableFailure io(String message, Throwable cause) {
        return new RetryableFailure(message, -1, -1, cause);
    }

    /** The HTTP status, absent for an I/O error. */
    OptionalInt httpStatus() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** How long the server asked to wait, if it did. */
    Optional<Duration> retryAfter() {
        return retryAfterMillis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(retryAfterMillis));
    }
}
