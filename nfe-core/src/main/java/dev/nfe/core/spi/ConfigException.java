package dev.nfe.core.spi;

/**
 * A configuration problem: a missing or unknown key or a bad value. The message names the key path, what was expected and what was found. Never retried; the CLI exits with code 2.
 */
public class ConfigException extends NfeException {
    private static final long serialVersionUID = 1L;

    /** @param message what could not be done and why */
    public ConfigException(String message) {
        super(message);
    }

    /**
     * @param message what could not be done and why
     * @param cause the underlying failure
     */
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
