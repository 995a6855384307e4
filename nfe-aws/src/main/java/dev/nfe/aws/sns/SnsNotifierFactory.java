package dev.nfe.aws.sns;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.Notifier;
import dev.nfe.core.spi.NotifierFactory;
import dev.nfe.core.spi.PluginCheck;
import dev.nfe.core.spi.PluginContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

/**
 * Builds the {@code sns} notifier from {@code { type: sns, topicArn: arn:aws:sns:sa-east-1:123456789012:nfe }}; its
 * keys are declared in {@link #configDef()}. Credentials come from the AWS default chain. The client is built once.
 */
public final class SnsNotifierFactory implements NotifierFactory, PluginCheck {
    /** Key of the topic ARN. */
    public static final String TOPIC_ARN = "topicArn";
    /** Key of the region. */
    public static final String REGION = "region";
    /** Key of the endpoint of an SNS-compatible server. */
    public static final String ENDPOINT = "endpoint";
    /** Key of the outcomes that are published. */
    public static final String NOTIFY_ON = "notifyOn";

    private static final String ARN = "arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}(\\.fifo)?";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

    private static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.string(TOPIC_ARN).required().matching(ARN)
                    .doc("The ARN of the topic to publish to, e.g. arn:aws:sns:sa-east-1:123456789012:nfe."),
            ConfigKey.string(REGION)
                    .doc("The topic's AWS region; taken from the topic ARN when absent."),
            ConfigKey.uri(ENDPOINT)
                    .doc("The endpoint of an SNS-compatible server; AWS's own endpoint when absent."),
            ConfigKey.list(NOTIFY_ON).withDefault(List.of("FAILED", "QUARANTINED"))
                    .doc("The stage outcomes that are published: any of SUCCEEDED, QUARANTINED, FAILED."));

    @Override
    public String type() {
        return "sns";
    }

    @Override
    public ConfigDef configDef() {
        return DEFINITION;
    }

    @Override
    public Notifier create(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        return new SnsNotifier(client(values), values.string(TOPIC_ARN), outcomes(values));
    }

    /** Offline: the outcomes of {@code notifyOn}. */
    @Override
    public List<String> offlineProblems(ConfigSection config) {
        try {
            outcomes(config.bind(DEFINITION));
            return List.of();
        } catch (ConfigException e) {
            return e.problems();
        }
    }

    /** Online: reads the topic's attributes ({@code sns:GetTopicAttributes}); publishes nothing. */
    @Override
    public String tryConnection(ConfigSection config, PluginContext context) {
        ConfigValues values = config.bind(DEFINITION);
        String topic = values.string(TOPIC_ARN);
        try (SnsClient client = client(values)) {
            client.getTopicAttributes(request -> request.topicArn(topic));
            return "topic " + topic + " exists";
        } catch (SdkException e) {
            throw new NfeException("cannot read topic " + topic + ": " + e.getMessage(), e);
        }
    }

    private static Set<Notification.Outcome> outcomes(ConfigValues values) {
        Set<Notification.Outcome> outcomes = EnumSet.noneOf(Notification.Outcome.class);
        for (String name : values.list(NOTIFY_ON)) {
            outcomes.add(Arrays.stream(Notification.Outcome.values())
                    .filter(outcome -> outcome.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new ConfigException(values.keyPath(NOTIFY_ON) + ": unknown outcome '" + name
                            + "', expected one of " + Arrays.stream(Notification.Outcome.values())
                                    .map(Enum::name).collect(Collectors.joining(", ")))));
        }
        return outcomes;
    }

    private static SnsClient client(ConfigValues values) {
        SnsClientBuilder builder = SnsClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .build());
        builder.region(Region.of(values.isSet(REGION)
                ? values.string(REGION) : values.string(TOPIC_ARN).split(":")[3]));
        if (values.isSet(ENDPOINT)) {
            builder.endpointOverride(values.uri(ENDPOINT));
        }
        try {
            return builder.build();
        } catch (SdkClientException e) {
            throw new ConfigException("Cannot build the SNS client of " + values.path() + ": " + e.getMessage(), e);
        }
    }
}
