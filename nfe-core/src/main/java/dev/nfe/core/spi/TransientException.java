package dev.nfe.core.spi;

/**
 * A failure that may pass if the operation is repeated: an I/O hiccup, HTTP 5xx or 429, throttling, a lost connection, a serialization failure. The only exception the runtime retries.
 */
public class TransientException extends NfeException {
    private static final long serialVersionUID = 1L;

    /** @param message what could not be done and why */
    public TransientException(String message) {
        super(message);
    }

    /**
     * @param message what could not be done and why
     * @param cause the underlying failure
     */
    public TransientException(String message, Throwable cause) {
        super(message, cause);
    }
}
