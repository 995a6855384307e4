package dev.nfe.core.config;

import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.SecretProvider;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves a secret from an environment variable: the prefix followed by the secret's name in upper snake case
 * ({@code nfe-api-token} and {@code nfeApiToken} both read {@code <prefix>NFE_API_TOKEN}).
 */
final class EnvSecretProvider implements SecretProvider {
    private final Map<String, String> environment;
    private final String prefix;

    EnvSecretProvider(Map<String, String> environment, String prefix) {
        this.environment = Map.copyOf(environment);
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    @Override
    public Optional<Secret> resolve(String name) {
        return Optional.ofNullable(environment.get(variable(name))).map(Secret::of);
    }

    /** The environment variable holding secret {@code name}. */
    String variable(String name) {
        String snake = name
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_|_$", "");
        return prefix + snake.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "EnvSecretProvider[prefix=" + prefix + "]";
    }
}
