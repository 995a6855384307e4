package dev.nfe.aws.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.SecretProvider;
import dev.nfe.core.spi.SecretProviderFactory;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SecretsManagerSecretProviderFactoryTest {
    private static final PluginContext CONTEXT =
            new PluginContext("test", Clock.systemUTC(), name -> Optional.empty());

    @Test
    void serviceLoader_findsSecretsManagerFactory() {
        assertThat(ServiceLoader.load(SecretProviderFactory.class).stream().map(ServiceLoader.Provider::get))
                .extracting(SecretProviderFactory::type)
                .contains("secretsmanager");
    }

    @Test
    void create_withAllKeys_returnsProviderWithPrefixAndTtl() {
        SecretProvider provider = new SecretsManagerSecretProviderFactory().create(new ConfigSection("secrets", Map.of(
                "region", "sa-east-1", "endpoint", "http://127.0.0.1:4566", "cacheTtl", "90s",
                "prefix", "nfe/prod/")), CONTEXT);

        assertThat(provider).hasToString("SecretsManagerSecretProvider[prefix=nfe/prod/, cacheTtl=PT1M30S]");
    }

    @Test
    void create_withoutCacheTtl_defaultsToFiveMinutes() {
        SecretProvider provider = new SecretsManagerSecretProviderFactory().create(
                new ConfigSection("secrets", Map.of("region", "sa-east-1")), CONTEXT);

        assertThat(provider.toString()).contains("cacheTtl=PT5M");
    }

    @Test
    void create_withUnknownKey_failsNamingKeyPath() {
        assertThatThrownBy(() -> new SecretsManagerSecretProviderFactory().create(
                new ConfigSection("secrets", Map.of("region", "sa-east-1", "ttl", "1m")), CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("secrets.ttl: unknown key");
    }
}
