package dev.nfe.core.spi;

import java.util.List;

/**
 * A configuration problem: a missing or unknown key or a bad value. The message names the key path, what was expected
 * and what was found. Never retried; the CLI exits with code 2.
 *
 * <p>Configuration is validated as a whole, so one exception may carry several problems: {@link #problems()} lists
 * them, and the message holds them one per line, in the same order. Messages never contain secret values.
 */
public class ConfigException extends NfeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** @param message what could not be done and why */
    public ConfigException(String message) {
        super(message);
        this.problems = message == null ? List.of() : List.of(message);
    }

    /**
     * @param message what could not be done and why
     * @param cause the underlying failure
     */
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.problems = message == null ? List.of() : List.of(message);
    }

    /**
     * @param problems every problem found, each {@code <key.path>: <what was expected>, was <value>}; not empty
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ConfigException(List<String> problems) {
        super(String.join("\n", checked(problems)));
        this.problems = List.copyOf(problems);
    }

    private static List<String> checked(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot create ConfigException: problems is empty");
        }
        return problems;
    }

    /** Every problem this exception reports, one entry per problem; a single entry for a one-message exception. */
    public List<String> problems() {
        return problems;
    }
}
