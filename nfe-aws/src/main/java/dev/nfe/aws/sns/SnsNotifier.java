package dev.nfe.aws.sns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.Notifier;
import dev.nfe.core.spi.RunSummary;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * Publishes one SNS message per notification whose outcome is in {@code notifyOn}. The subject is
 * {@code nfe <pipeline> <stage> <OUTCOME>} cut to SNS's 100 characters; the body is a JSON object with the run
 * summary. A delivery failure is logged at ERROR and not thrown, so it never hides the stage's own outcome.
 */
public final class SnsNotifier implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(SnsNotifier.class);
    private static final int MAX_SUBJECT = 100;
    private static final String STRING = "String";

    private final SnsClient client;
    private final String topicArn;
    private final Set<Notification.Outcome> notifyOn;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param client the SNS client, shared and not closed here
     * @param topicArn the topic to publish to
     * @param notifyOn the outcomes that are published; others are ignored
     */
    public SnsNotifier(SnsClient client, String topicArn, Set<Notification.Outcome> notifyOn) {
        this.client = Objects.requireNonNull(client, "client");
        this.topicArn = Objects.requireNonNull(topicArn, "topicArn");
        this.notifyOn = notifyOn.isEmpty()
                ? EnumSet.noneOf(Notification.Outcome.class) : EnumSet.copyOf(notifyOn);
    }

    @Override
    public void notify(Notification notification) {
        if (!notifyOn.contains(notification.outcome())) {
            return;
        }
        PublishRequest request = PublishRequest.builder()
                .topicArn(topicArn)
                .subject(subject(notification))
                .message(body(notification))
                .messageAttributes(Map.of(
                        "pipeline", attribute(notification.pipeline()),
                        "stage", attribute(notification.stage()),
                        "outcome", attribute(notification.outcome().name())))
                .build();
        try {
            String messageId = client.publish(request).messageId();
            log.debug("Published {} of pipeline {} stage {} to {} as {}", notification.outcome(),
                    notification.pipeline(), notification.stage(), topicArn, messageId);
        } catch (SdkException e) {
            log.error("Cannot publish {} of pipeline {} stage {} to {}: {}", notification.outcome(),
                    notification.pipeline(), notification.stage(), topicArn, e.getMessage(), e);
        }
    }

    private static MessageAttributeValue attribute(String value) {
        return MessageAttributeValue.builder().dataType(STRING).stringValue(value).build();
    }

    /** SNS subjects are printable ASCII without line breaks, at most 100 characters. */
    static String subject(Notification notification) {
        String text = "nfe " + notification.pipeline() + " " + notification.stage() + " " + notification.outcome();
        StringBuilder subject = new StringBuilder(Math.min(text.length(), MAX_SUBJECT));
        for (int i = 0; i < text.length() && subject.length() < MAX_SUBJECT; i++) {
            char c = text.charAt(i);
            subject.append(c >= ' ' && c <= '~' ? c : '?');
        }
        return subject.toString();
    }

    private String body(Notification notification) {
        RunSummary summary = notification.summary();
        ObjectNode root = json.createObjectNode()
                .put("pipeline", notification.pipeline())
                .put("stage", notification.stage())
                .put("outcome", notification.outcome().name())
                .put("seen", summary.seen())
                .put("written", summary.written())
                .put("quarantined", summary.quarantined())
                .put("duplicates", summary.duplicates())
                .put("warnings", summary.warnings())
                .put("bytes", summary.bytes())
                .put("durationMillis", summary.duration().toMillis())
                .put("partial", summary.isPartial());
        ArrayNode batchIds = root.putArray("batchIds");
        summary.batchIds().forEach(batchIds::add);
        notification.error().ifPresent(error -> root.put("error", error));
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers always serializes", e);
        }
    }

    @Override
    public String toString() {
        return "SnsNotifier[topicArn=" + topicArn + ", notifyOn=" + notifyOn + "]";
    }
}
