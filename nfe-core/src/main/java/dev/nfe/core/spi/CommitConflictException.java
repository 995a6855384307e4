package dev.nfe.core.spi;

/**
 * Another writer committed first and nothing of this attempt is visible. Rerunning is safe.
 */
public class CommitConflictException extends NfeException {
    private static final long serialVersionUID = 1L;

    /** @param message what could not be done and why */
    public CommitConflictException(String message) {
        super(message);
    }

    /**
     * @param message what could not be done and why
     * @param cause the underlying failure
     */
    public CommitConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
