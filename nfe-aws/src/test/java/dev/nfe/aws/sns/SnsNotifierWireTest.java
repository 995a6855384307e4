package dev.nfe.aws.sns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.nfe.aws.testing.AwsStubClients;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.Notification.Outcome;
import dev.nfe.core.spi.RunSummary;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;

/** The notifier through the real SDK against a stub of the SNS query API, asserting the form it posts. */
class SnsNotifierWireTest {
    private static final String TOPIC = "arn:aws:sns:sa-east-1:123456789012:nfe-alerts";

    @RegisterExtension
    static WireMockExtension sns = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private SnsClient client;

    @BeforeEach
    void setUp() {
        client = AwsStubClients.build(SnsClient.builder(), sns.baseUrl());
        sns.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody("<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult>"
                        + "<MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>r-1</RequestId>"
                        + "</ResponseMetadata></PublishResponse>")));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    @Test
    void notify_failed_postsOnePublishWithTopicSubjectJsonMessageAndAttributes() throws Exception {
        SnsNotifier notifier = new SnsNotifier(client, TOPIC, Set.of(Outcome.FAILED));
        RunSummary summary = new RunSummary("daily", "load", 5, 4, 0, 1, 0, 2048, List.of("daily.b1"),
                Duration.ofSeconds(2), Checkpoint.empty());

        notifier.notify(new Notification("daily", "load", Outcome.FAILED, summary,
                Optional.of("TransientException: warehouse unreachable")));

        List<LoggedRequest> requests = sns.findAll(postRequestedFor(urlEqualTo("/")));
        assertThat(requests).hasSize(1);
        Map<String, String> form = form(requests.get(0));
        assertThat(form).containsEntry("Action", "Publish")
                .containsEntry("TopicArn", TOPIC)
                .containsEntry("Subject", "nfe daily load FAILED");
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; form.containsKey("MessageAttributes.entry." + i + ".Name"); i++) {
            assertThat(form.get("MessageAttributes.entry." + i + ".Value.DataType")).isEqualTo("String");
            attributes.put(form.get("MessageAttributes.entry." + i + ".Name"),
                    form.get("MessageAttributes.entry." + i + ".Value.StringValue"));
        }
        assertThat(attributes).containsOnly(Map.entry("pipeline", "daily"), Map.entry("stage", "load"),
                Map.entry("outcome", "FAILED"));
        JsonNode message = new ObjectMapper().readTree(form.get("Message"));
        assertThat(message.get("pipeline").asText()).isEqualTo("daily");
        assertThat(message.get("stage").asText()).isEqualTo("load");
        assertThat(message.get("batchIds").toString()).isEqualTo("[\"daily.b1\"]");
        assertThat(message.get("error").asText()).isEqualTo("TransientException: warehouse unreachable");
    }

    @Test
    void notify_serverError_isRetriedThenSwallowed() {
        sns.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(503)));
        SnsNotifier notifier = new SnsNotifier(client, TOPIC, Set.of(Outcome.FAILED));

        notifier.notify(new Notification("daily", "load", Outcome.FAILED, new RunSummary("daily", "load", 0, 0, 0, 0,
                0, 0, List.of(), Duration.ZERO, Checkpoint.empty()), Optional.of("boom")));

        assertThat(sns.findAll(postRequestedFor(urlEqualTo("/")))).hasSizeGreaterThan(1);
    }
}
