package dev.nfe.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Notifier;
import dev.nfe.core.spi.NotifierFactory;
import dev.nfe.core.spi.PluginContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SnsNotifierFactoryTest {
    private static final PluginContext CONTEXT =
            new PluginContext("test", Clock.systemUTC(), name -> Optional.empty());
    private static final String TOPIC = "arn:aws:sns:sa-east-1:123456789012:nfe-alerts";

    @Test
    void serviceLoader_findsSnsFactory() {
        assertThat(ServiceLoader.load(NotifierFactory.class).stream().map(ServiceLoader.Provider::get))
                .extracting(NotifierFactory::type)
                .contains("sns");
    }

    @Test
    void create_withTopicOnly_notifiesOnFailedAndQuarantined() {
        Notifier notifier = new SnsNotifierFactory().create(
                new ConfigSection("notifier", Map.of("topicArn", TOPIC)), CONTEXT);

        assertThat(notifier).hasToString("SnsNotifier[topicArn=" + TOPIC + ", notifyOn=[QUARANTINED, FAILED]]");
    }

    @Test
    void create_withNotifyOn_usesGivenOutcomes() {
        Notifier notifier = new SnsNotifierFactory().create(new ConfigSection("notifier", Map.of(
                "topicArn", TOPIC, "region", "us-east-1", "endpoint", "http://127.0.0.1:4566",
                "notifyOn", List.of("SUCCEEDED"))), CONTEXT);

        assertThat(notifier.toString()).contains("notifyOn=[SUCCEEDED]");
    }

    @Test
    void create_withUnknownOutcome_failsNamingKeyPath() {
        assertThatThrownBy(() -> new SnsNotifierFactory().create(new ConfigSection("notifier", Map.of(
                "topicArn", TOPIC, "notifyOn", List.of("FAILED", "BROKEN"))), CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("notifier.notifyOn: unknown outcome 'BROKEN'");
    }

    @Test
    void create_withNonSnsArn_failsNamingKeyPath() {
        assertThatThrownBy(() -> new SnsNotifierFactory().create(new ConfigSection("notifier", Map.of(
                "topicArn", "arn:aws:sqs:sa-east-1:123456789012:queue")), CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("notifier.topicArn");
    }

    @Test
    void create_withoutTopicArn_failsNamingKeyPath() {
        assertThatThrownBy(() -> new SnsNotifierFactory().create(
                new ConfigSection("notifier", Map.of("region", "sa-east-1")), CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("notifier.topicArn: required key is missing");
    }
}
