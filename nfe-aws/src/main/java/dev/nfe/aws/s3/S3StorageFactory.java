package dev.nfe.aws.s3;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.PluginCheck;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StorageFactory;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the {@code s3} storage from {@code { type: s3, bucket: my-lake, prefix: nfe/ }}; its keys are declared in
 * {@link #configDef()}. Credentials come from the AWS default chain (environment, profile, container or instance
 * role), never from this section. The client is built once here and shared by the storage.
 */
public final class S3StorageFactory implements StorageFactory, PluginCheck {
    /** Key of the bucket. */
    public static final String BUCKET = "bucket";
    /** Key of the key prefix. */
    public static final String PREFIX = "prefix";
    /** Key of the region. */
    public static final String REGION = "region";
    /** Key of the endpoint of an S3-compatible server. */
    public static final String ENDPOINT = "endpoint";
    /** Key of the path-style access switch. */
    public static final String PATH_STYLE_ACCESS = "pathStyleAccess";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofMinutes(5);

    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.string(BUCKET).required()
                    .doc("The bucket holding the lake."),
            ConfigKey.string(PREFIX).withDefault("")
                    .doc("Put before every path to make its object key, e.g. nfe/; empty for none."),
            ConfigKey.string(REGION)
                    .doc("The bucket's AWS region; taken from the AWS default chain when absent."),
            ConfigKey.uri(ENDPOINT)
                    .doc("The endpoint of an S3-compatible server; AWS's own endpoint when absent."),
            ConfigKey.bool(PATH_STYLE_ACCESS).withDefault(false)
                    .doc("Address the bucket in the path rather than the host name, as many S3-compatible servers need."));

    @Override
    public String type() {
        return "s3";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public Storage create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        return new S3Storage(client(values), values.string(BUCKET), values.string(PREFIX));
    }

    /** Offline: nothing beyond the declared keys. */
    @Override
    public List<String> offlineProblems(ConfigSection config) {
        return List.of();
    }

    /** Online: lists at most one key under the prefix, which needs only {@code s3:ListBucket}. */
    @Override
    public String tryConnection(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        String bucket = values.string(BUCKET);
        String prefix = values.string(PREFIX);
        try (S3Client client = client(values)) {
            int keys = client.listObjectsV2(request -> request.bucket(bucket).prefix(prefix).maxKeys(1)).keyCount();
            return "bucket " + bucket + " listed under '" + prefix + "' (" + (keys == 0 ? "empty" : "not empty") + ")";
        } catch (SdkException e) {
            throw new NfeException("cannot list bucket " + bucket + " under '" + prefix + "': " + e.getMessage(), e);
        }
    }

    private static S3Client client(ConfigValues values) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .build())
                .forcePathStyle(values.booleanValue(PATH_STYLE_ACCESS));
        if (values.isSet(REGION)) {
            builder.region(Region.of(values.string(REGION)));
        }
        if (values.isSet(ENDPOINT)) {
            builder.endpointOverride(values.uri(ENDPOINT));
        }
        try {
            return builder.build();
        } catch (SdkClientException e) {
            throw new ConfigException("Cannot build the S3 client of " + values.path() + ": "
                    + "set " + values.keyPath(REGION) + " or an AWS region in the environment", e);
        }
    }
}
