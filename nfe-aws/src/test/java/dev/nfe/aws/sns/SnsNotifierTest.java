package dev.nfe.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.Notification.Outcome;
import dev.nfe.core.spi.RunSummary;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;
import software.amazon.awssdk.services.sns.model.SnsException;

class SnsNotifierTest {
    private static final String TOPIC = "arn:aws:sns:sa-east-1:123456789012:nfe-alerts";

    private final SnsClient client = mock(SnsClient.class);
    private final SnsNotifier notifier = new SnsNotifier(client, TOPIC, Set.of(Outcome.FAILED, Outcome.QUARANTINED));

    private static Notification notification(String pipeline, Outcome outcome, Optional<String> error) {
        RunSummary summary = new RunSummary(pipeline, "transform", 10, 7, 2, 1, 3, 4096,
                List.of("b1", "b2"), Duration.ofMillis(1500), Checkpoint.empty());
        return new Notification(pipeline, "transform", outcome, summary, error);
    }

    private PublishRequest published() {
        ArgumentCaptor<PublishRequest> request = ArgumentCaptor.forClass(PublishRequest.class);
        verify(client).publish(request.capture());
        return request.getValue();
    }

    @Test
    void notify_failed_publishesSubjectAndAttributesToTopic() {
        when(client.publish(any(PublishRequest.class))).thenReturn(PublishResponse.builder().messageId("m1").build());

        notifier.notify(notification("daily", Outcome.FAILED, Optional.of("disk full")));

        PublishRequest request = published();
        assertThat(request.topicArn()).isEqualTo(TOPIC);
        assertThat(request.subject()).isEqualTo("nfe daily transform FAILED");
        assertThat(request.messageAttributes()).containsOnlyKeys("pipeline", "stage", "outcome");
        assertThat(request.messageAttributes().get("outcome").stringValue()).isEqualTo("FAILED");
        assertThat(request.messageAttributes().get("pipeline").dataType()).isEqualTo("String");
    }

    @Test
    void notify_failed_bodyCarriesSummaryBatchIdsDurationAndError() throws Exception {
        when(client.publish(any(PublishRequest.class))).thenReturn(PublishResponse.builder().messageId("m1").build());

        notifier.notify(notification("daily", Outcome.FAILED, Optional.of("disk full")));

        JsonNode body = new ObjectMapper().readTree(published().message());
        assertThat(body.get("seen").asLong()).isEqualTo(10);
        assertThat(body.get("written").asLong()).isEqualTo(7);
        assertThat(body.get("quarantined").asLong()).isEqualTo(2);
        assertThat(body.get("duplicates").asLong()).isEqualTo(1);
        assertThat(body.get("warnings").asLong()).isEqualTo(3);
        assertThat(body.get("bytes").asLong()).isEqualTo(4096);
        assertThat(body.get("durationMillis").asLong()).isEqualTo(1500);
        assertThat(body.get("batchIds").toString()).isEqualTo("[\"b1\",\"b2\"]");
        assertThat(body.get("error").asText()).isEqualTo("disk full");
    }

    @Test
    void notify_quarantinedWithoutError_bodyHasNoErrorField() throws Exception {
        when(client.publish(any(PublishRequest.class))).thenReturn(PublishResponse.builder().messageId("m1").build());

        notifier.notify(notification("daily", Outcome.QUARANTINED, Optional.empty()));

        assertThat(new ObjectMapper().readTree(published().message()).has("error")).isFalse();
    }

    @Test
    void notify_outcomeNotInNotifyOn_publishesNothing() {
        notifier.notify(notification("daily", Outcome.SUCCEEDED, Optional.empty()));

        verifyNoInteractions(client);
    }

    @Test
    void notify_longPipelineName_cutsSubjectToHundredCharacters() {
        when(client.publish(any(PublishRequest.class))).thenReturn(PublishResponse.builder().messageId("m1").build());

        notifier.notify(notification("p".repeat(150), Outcome.FAILED, Optional.empty()));

        assertThat(published().subject()).hasSize(100).startsWith("nfe ppp");
    }

    @Test
    void notify_serviceRefuses_doesNotThrow() {
        when(client.publish(any(PublishRequest.class)))
                .thenThrow(SnsException.builder().statusCode(403).message("not authorized").build());

        assertThatCode(() -> notifier.notify(notification("daily", Outcome.FAILED, Optional.empty())))
                .doesNotThrowAnyException();
    }

    @Test
    void notify_unreachable_doesNotThrow() {
        when(client.publish(any(PublishRequest.class))).thenThrow(SdkClientException.create("connection refused"));

        assertThatCode(() -> notifier.notify(notification("daily", Outcome.FAILED, Optional.empty())))
                .doesNotThrowAnyException();
    }
}
