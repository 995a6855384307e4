package dev.nfe.aws.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.TransientException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

class SecretsManagerSecretProviderTest {
    private static final String VALUE = "s3cr3t-p4ssw0rd";
    private static final Duration TTL = Duration.ofMinutes(5);

    private final SecretsManagerClient client = mock(SecretsManagerClient.class);
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SecretsManagerSecretProvider provider =
            new SecretsManagerSecretProvider(client, "nfe/prod/", TTL, clock);

    private void answer(String value) {
        when(client.getSecretValue(any(GetSecretValueRequest.class)))
                .thenReturn(GetSecretValueResponse.builder().secretString(value).build());
    }

    private static SecretsManagerException serviceError(int status, String code) {
        return (SecretsManagerException) SecretsManagerException.builder()
                .statusCode(status)
                .message("failure mentioning nothing secret")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build())
                .build();
    }

    @Test
    void resolve_existingSecret_requestsPrefixedSecretId() {
        answer(VALUE);

        Optional<Secret> secret = provider.resolve("warehouse-password");

        ArgumentCaptor<GetSecretValueRequest> request = ArgumentCaptor.forClass(GetSecretValueRequest.class);
        verify(client).getSecretValue(request.capture());
        assertThat(request.getValue().secretId()).isEqualTo("nfe/prod/warehouse-password");
        assertThat(secret).map(Secret::reveal).contains(VALUE);
    }

    @Test
    void resolve_twiceWithinTtl_callsServiceOnce() {
        answer(VALUE);

        provider.resolve("db");
        clock.advance(TTL.minusSeconds(1));
        Optional<Secret> second = provider.resolve("db");

        verify(client, times(1)).getSecretValue(any(GetSecretValueRequest.class));
        assertThat(second).map(Secret::reveal).contains(VALUE);
    }

    @Test
    void resolve_afterTtl_callsServiceAgainAndReturnsRotatedValue() {
        when(client.getSecretValue(any(GetSecretValueRequest.class)))
                .thenReturn(GetSecretValueResponse.builder().secretString("old").build())
                .thenReturn(GetSecretValueResponse.builder().secretString("rotated").build());

        provider.resolve("db");
        clock.advance(TTL);
        Optional<Secret> second = provider.resolve("db");

        verify(client, times(2)).getSecretValue(any(GetSecretValueRequest.class));
        assertThat(second).map(Secret::reveal).contains("rotated");
    }

    @Test
    void resolve_binarySecret_returnsItsUtf8Text() {
        when(client.getSecretValue(any(GetSecretValueRequest.class))).thenReturn(GetSecretValueResponse.builder()
                .secretBinary(SdkBytes.fromUtf8String(VALUE)).build());

        assertThat(provider.resolve("db")).map(Secret::reveal).contains(VALUE);
    }

    @Test
    void resolve_resourceNotFound_returnsEmpty() {
        when(client.getSecretValue(any(GetSecretValueRequest.class)))
                .thenThrow(ResourceNotFoundException.builder().statusCode(400).message("not found").build());

        assertThat(provider.resolve("missing")).isEmpty();
    }

    @Test
    void resolve_throttled_throwsTransientNamingSecret() {
        when(client.getSecretValue(any(GetSecretValueRequest.class)))
                .thenThrow(serviceError(400, "ThrottlingException"));

        assertThatThrownBy(() -> provider.resolve("db"))
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("secret nfe/prod/db")
                .hasMessageContaining("ThrottlingException");
    }

    @Test
    void resolve_serverError_throwsTransientNamingSecret() {
        when(client.getSecretValue(any(GetSecretValueRequest.class)))
                .thenThrow(serviceError(503, "InternalServiceError"));

        assertThatThrownBy(() -> provider.resolve("db"))
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("secret nfe/prod/db")
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void resolve_unreachable_throwsTransientNamingSecret() {
        when(client.getSecretValue(any(GetSecretValueRequest.class)))
                .thenThrow(SdkClientException.create("connection refused"));

        assertThatThrownBy(() -> provider.resolve("db"))
                .isInstanceOf(TransientException.class)
                .hasMessageContaining("secret nfe/prod/db")
                .hasMessageContaining("could not be reached");
    }

    @Test
    void resolve_accessDenied_throwsConfigNamingSecret() {
        when(client.getSecretValue(any(GetSecretValueRequest.class)))
                .thenThrow(serviceError(400, "AccessDeniedException"));

        assertThatThrownBy(() -> provider.resolve("db"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("secret nfe/prod/db")
                .hasMessageContaining("AccessDeniedException");
    }

    @Test
    void resolve_failureAfterCachedValueExpired_keepsValueOutOfMessage() {
        when(client.getSecretValue(any(GetSecretValueRequest.class)))
                .thenReturn(GetSecretValueResponse.builder().secretString(VALUE).build())
                .thenThrow(serviceError(500, "InternalServiceError"));
        provider.resolve("db");
        clock.advance(TTL);

        assertThatThrownBy(() -> provider.resolve("db"))
                .isInstanceOf(TransientException.class)
                .satisfies(e -> assertThat(e.toString()).doesNotContain(VALUE));
    }

    @Test
    void toString_withCachedValue_doesNotShowValue() {
        answer(VALUE);

        Optional<Secret> secret = provider.resolve("db");

        assertThat(provider.toString()).doesNotContain(VALUE).contains("nfe/prod/");
        assertThat(secret.orElseThrow().toString()).doesNotContain(VALUE);
    }
}
