package dev.nfe.aws.secrets;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.SecretProvider;
import dev.nfe.core.spi.SecretProviderFactory;
import java.time.Duration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/**
 * Builds the {@code secretsmanager} secret provider from {@code { type: secretsmanager, prefix: nfe/prod/ }}; its
 * keys are declared in {@link #configDef()}. Credentials come from the AWS default chain. The client is built once
 * here, and the cache's time-to-live is measured on the pipeline's clock.
 */
public final class SecretsManagerSecretProviderFactory implements SecretProviderFactory {
    /** Key of the region. */
    public static final String REGION = "region";
    /** Key of the endpoint of a Secrets Manager-compatible server. */
    public static final String ENDPOINT = "endpoint";
    /** Key of the cache time-to-live. */
    public static final String CACHE_TTL = "cacheTtl";
    /** Key of the secret id prefix. */
    public static final String PREFIX = "prefix";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.string(REGION)
                    .doc("The secrets' AWS region; taken from the AWS default chain when absent."),
            ConfigKey.uri(ENDPOINT)
                    .doc("The endpoint of a Secrets Manager-compatible server; AWS's own endpoint when absent."),
            ConfigKey.duration(CACHE_TTL).withDefault("5m")
                    .doc("How long a value is reused before it is read again, so a rotated secret is picked up."),
            ConfigKey.string(PREFIX).withDefault("")
                    .doc("Put before every secret name to make its secret id, e.g. nfe/prod/; empty for none."));

    @Override
    public String type() {
        return "secretsmanager";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public SecretProvider create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        return new SecretsManagerSecretProvider(
                client(values), values.string(PREFIX), values.duration(CACHE_TTL), context.clock());
    }

    private static SecretsManagerClient client(ConfigValues values) {
        SecretsManagerClientBuilder builder = SecretsManagerClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .build());
        if (values.isSet(REGION)) {
            builder.region(Region.of(values.string(REGION)));
        }
        if (values.isSet(ENDPOINT)) {
            builder.endpointOverride(values.uri(ENDPOINT));
        }
        try {
            return builder.build();
        } catch (SdkClientException e) {
            throw new ConfigException("Cannot build the Secrets Manager client of " + values.path() + ": "
                    + "set " + values.keyPath(REGION) + " or an AWS region in the environment", e);
        }
    }
}
