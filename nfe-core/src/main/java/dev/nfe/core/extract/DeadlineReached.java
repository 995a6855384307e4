package dev.nfe.core.extract;

import dev.nfe.core.spi.NfeException;

/**
 * A call was not started, not retried or cut short because the run's deadline is near ({@link CallDeadline}).
 * Nothing of the page in hand was committed; the extractor catches it and returns its last checkpoint as a
 * partial result, so the next run requests that page again. Never leaves the extractor.
 */
final class DeadlineReached extends NfeException {
    private static final long serialVersionUID = 1L;

    DeadlineReached(String message) {
        super(message);
    }

    DeadlineReached(String message, Throwable cause) {
        super(message, cause);
    }
}
