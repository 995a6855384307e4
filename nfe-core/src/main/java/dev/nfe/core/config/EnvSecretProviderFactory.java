package dev.nfe.core.config;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.SecretProvider;
import dev.nfe.core.spi.SecretProviderFactory;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the {@code env} secrets provider, the default: secret {@code nfe-api-token} is read from environment
 * variable {@code <prefix>NFE_API_TOKEN}.
 */
public final class EnvSecretProviderFactory implements SecretProviderFactory {
    static final String PREFIX = "prefix";

    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.string(PREFIX).matching("[A-Z0-9_]*").withDefault("")
                    .doc("Prepended to the secret's name in upper snake case to form the variable name, e.g. "
                            + "NFE_SECRET_ reads secret nfe-api-token from NFE_SECRET_NFE_API_TOKEN."));

    private final Map<String, String> environment;

    /** Reads the process environment; the constructor {@code ServiceLoader} uses. */
    public EnvSecretProviderFactory() {
        this(System.getenv());
    }

    /** Reads {@code environment} instead of the process environment, for embedding and tests. */
    public EnvSecretProviderFactory(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    @Override
    public String type() {
        return "env";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public SecretProvider create(ConfigSection config, PluginContext context) {
        return new EnvSecretProvider(environment, config.bind(DEFINITION).string(PREFIX));
    }
}
