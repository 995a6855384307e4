package dev.nfe.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.SecretProvider;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvSecretProviderTest {

    private static final PluginContext CONTEXT = new PluginContext("nfe-sales", Clock.systemUTC(),
            name -> Optional.empty());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "nfe-api-token, NFE_API_TOKEN",
        "nfeApiToken, NFE_API_TOKEN",
        "db.password, DB_PASSWORD",
        "prod/nfe/token, PROD_NFE_TOKEN",
        "AWS_KEY, AWS_KEY",
        "token2, TOKEN2",
        "-edge-, EDGE",
    })
    void variable_secretName_isUpperSnakeCase(String name, String variable) {
        assertThat(new EnvSecretProvider(Map.of(), "").variable(name)).isEqualTo(variable);
    }

    @Test
    void resolve_withPrefix_readsPrefixedVariable() {
        SecretProvider provider = new EnvSecretProviderFactory(Map.of("NFE_SECRET_API_TOKEN", "t0k3n"))
                .create(new ConfigSection("secrets", Map.of("prefix", "NFE_SECRET_")), CONTEXT);

        assertThat(provider.resolve("api-token")).contains(Secret.of("t0k3n"));
        assertThat(provider.resolve("other")).isEmpty();
    }

    @Test
    void create_lowercasePrefix_failsNamingKey() {
        EnvSecretProviderFactory factory = new EnvSecretProviderFactory(Map.of());
        ConfigSection section = new ConfigSection("secrets", Map.of("prefix", "nfe_"));

        assertThatThrownBy(() -> factory.create(section, CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessage("secrets.prefix: must match [A-Z0-9_]*, was 'nfe_'");
    }
}
