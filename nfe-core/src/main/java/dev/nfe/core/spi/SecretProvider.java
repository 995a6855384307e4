package dev.nfe.core.spi;

import java.util.Optional;

/**
 * Resolves {@code ${secret:name}} placeholders (plugin types {@code env}, {@code file}, {@code secretsmanager}).
 * Implementations may cache values with a time-to-live so that rotation works; they never log values.
 */
public interface SecretProvider {

    /**
     * The secret called {@code name}, or empty when there is none.
     *
     * @throws TransientException if the backing service could not be reached
     */
    Optional<Secret> resolve(String name);
}
