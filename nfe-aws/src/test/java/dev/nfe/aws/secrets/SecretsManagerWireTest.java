package dev.nfe.aws.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nfe.aws.testing.AwsStubClients;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The provider through the real SDK against a stub of the Secrets Manager JSON API, asserting what it sends. */
class SecretsManagerWireTest {
    private static final String TARGET = "secretsmanager.GetSecretValue";

    @RegisterExtension
    static WireMockExtension service = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final SecretsManagerClient client = AwsStubClients.build(SecretsManagerClient.builder(), service.baseUrl());
    private final SecretsManagerSecretProvider provider = new SecretsManagerSecretProvider(client, "nfe/prod/",
            Duration.ofMinutes(5), new SteppingClock(Instant.parse("2026-01-01T00:00:00Z")));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void resolve_sendsGetSecretValueWithThePrefixedIdAndReturnsTheString() {
        service.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET))
                .willReturn(okJson("{\"ARN\":\"arn:aws:secretsmanager:sa-east-1:123456789012:secret:nfe/prod/db\","
                        + "\"Name\":\"nfe/prod/db\",\"SecretString\":\"s3cr3t\",\"VersionId\":\"v1\"}")));

        Optional<Secret> secret = provider.resolve("db");

        assertThat(secret).map(Secret::reveal).contains("s3cr3t");
        service.verify(1, postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET))
                .withHeader("Content-Type", equalTo("application/x-amz-json-1.1"))
                .withRequestBody(equalToJson("{\"SecretId\":\"nfe/prod/db\"}")));
    }

    @Test
    void resolve_missingSecret_isEmpty() {
        service.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"ResourceNotFoundException\",\"Message\":\"not found\"}")));

        assertThat(provider.resolve("absent")).isEmpty();
    }

    @Test
    void resolve_accessDenied_failsNamingTheSecretButNeverAValue() {
        service.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"AccessDeniedException\",\"Message\":\"denied\"}")));

        assertThatThrownBy(() -> provider.resolve("db"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("nfe/prod/db")
                .hasMessageContaining("AccessDeniedException");
    }
}
