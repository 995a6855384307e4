package dev.nfe.aws.secrets;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.SecretProvider;
import dev.nfe.core.spi.TransientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * Resolves secrets from AWS Secrets Manager: {@code name} is read as the secret {@code prefix + name} (its current
 * version's string value) and cached until {@code cacheTtl} has passed on the injected clock. A missing secret is
 * empty; throttling, HTTP 5xx and connection failures are {@link TransientException}s, other refusals (access
 * denied, a secret that cannot be decrypted) {@link ConfigException}s. Messages name the secret, never its value.
 * Thread-safe.
 */
public final class SecretsManagerSecretProvider implements SecretProvider {
    private static final Logger log = LoggerFactory.getLogger(SecretsManagerSecretProvider.class);
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;

    private final SecretsManagerClient client;
    private final String prefix;
    private final Duration cacheTtl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** A value and the instant it stops being fresh. */
    private record Cached(Secret secret, Instant expires) {
    }

    /**
     * @param client the Secrets Manager client, shared and not closed here
     * @param prefix put before every name to make the secret id, e.g. {@code nfe/prod/}; empty for none
     * @param cacheTtl how long a value is reused before it is read again
     * @param clock the clock the time-to-live is measured on
     */
    public SecretsManagerSecretProvider(SecretsManagerClient client, String prefix, Duration cacheTtl, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.cacheTtl = Objects.requireNonNull(cacheTtl, "cacheTtl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Secret> resolve(String name) {
        Objects.requireNonNull(name, "name");
        Instant now = clock.instant();
        Cached cached = cache.get(name);
        if (cached != null && now.isBefore(cached.expires())) {
            return Optional.of(cached.secret());
        }
        Optional<Secret> fetched = fetch(prefix + name);
        fetched.ifPresentOrElse(
                secret -> cache.put(name, new Cached(secret, now.plus(cacheTtl))),
                () -> cache.remove(name));
        return fetched;
    }

    private Optional<Secret> fetch(String secretId) {
        GetSecretValueResponse response;
        try {
            response = client.getSecretValue(GetSecretValueRequest.builder().secretId(secretId).build());
        } catch (ResourceNotFoundException e) {
            log.debug("Secret {} not found in Secrets Manager", secretId);
            return Optional.empty();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            String reason = "HTTP " + e.statusCode() + (code == null || code.isEmpty() ? "" : " " + code);
            if (e.isThrottlingException() || e.statusCode() == TOO_MANY_REQUESTS || e.statusCode() >= SERVER_ERROR) {
                throw new TransientException("Cannot read secret " + secretId + " from Secrets Manager: " + reason, e);
            }
            throw new ConfigException("Cannot read secret " + secretId + " from Secrets Manager: " + reason, e);
        } catch (SdkClientException e) {
            throw new TransientException("Cannot read secret " + secretId + " from Secrets Manager: "
                    + "the service could not be reached", e);
        }
        if (response.secretString() != null) {
            return Optional.of(Secret.of(response.secretString()));
        }
        if (response.secretBinary() != null) {
            return Optional.of(Secret.of(response.secretBinary().asUtf8String()));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "SecretsManagerSecretProvider[prefix=" + prefix + ", cacheTtl=" + cacheTtl + "]";
    }
}
