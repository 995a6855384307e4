package dev.nfe.aws.glue;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigValues;
import java.time.Duration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.GlueClientBuilder;

/**
 * Builds the Glue client of a {@code glue} section from its {@value #REGION} and {@value #ENDPOINT} keys, on the
 * URL-connection HTTP client with explicit timeouts; credentials come from the AWS default chain.
 */
final class GlueClients {
    /** Key of the region; the AWS default chain's when absent. */
    static final String REGION = "region";
    /** Key of the endpoint of a Glue-compatible server (a stub, a VPC endpoint); AWS's own when absent. */
    static final String ENDPOINT = "endpoint";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

    private GlueClients() {
    }

    /**
     * A new client, which the caller closes.
     *
     * @throws ConfigException naming the region key, if no region is configured or found in the environment
     */
    static GlueClient create(ConfigValues values) {
        GlueClientBuilder builder = GlueClient.builder()
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
            throw new ConfigException("Cannot build the Glue client of " + values.path() + ": "
                    + "set " + values.keyPath(REGION) + " or an AWS region in the environment", e);
        }
    }
}
