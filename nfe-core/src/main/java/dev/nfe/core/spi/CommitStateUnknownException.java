package dev.nfe.core.spi;

/**
 * It cannot be told whether a commit landed. Callers must not clean anything up: the next run reconciles through the manifest or the load log.
 */
public class CommitStateUnknownException extends NfeException {
    private static final long serialVersionUID = 1L;

    /** @param message what could not be done and why */
    public CommitStateUnknownException(String message) {
        super(message);
    }

    /**
     * @param message what could not be done and why
     * @param cause the underlying failure
     */
    public CommitStateUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
