package dev.nfe.core.spi;

/**
 * Root of every exception nfe-pipeline throws. Unchecked, because SPI calls run inside streams and lambdas and a
 * storage-neutral SPI must not leak {@code IOException}, {@code SQLException} or cloud SDK exceptions.
 *
 * <p>Callers decide by subtype: {@link ConfigException} (fix the configuration), {@link TransientException}
 * (retry), {@link CommitConflictException} (another writer won; rerun is safe), {@link CommitStateUnknownException}
 * (do not clean up; the next run reconciles). Any other {@code NfeException} fails the stage.
 *
 * <p>A bad NF-e document is never an exception: it becomes {@link Finding}s and is quarantined.
 */
public class NfeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what could not be done and why */
    public NfeException(String message) {
        super(message);
    }

    /**
     * @param message what could not be done and why
     * @param cause the underlying failure
     */
    public NfeException(String message, Throwable cause) {
        super(message, cause);
    }
}
