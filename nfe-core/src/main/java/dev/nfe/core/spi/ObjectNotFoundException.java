package dev.nfe.core.spi;

/**
 * A storage object that was asked for does not exist.
 */
public class ObjectNotFoundException extends NfeException {
    private static final long serialVersionUID = 1L;

    /** @param message what could not be done and why */
    public ObjectNotFoundException(String message) {
        super(message);
    }

    /**
     * @param message what could not be done and why
     * @param cause the underlying failure
     */
    public ObjectNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
