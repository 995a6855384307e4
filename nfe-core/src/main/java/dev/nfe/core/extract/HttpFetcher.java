package dev.nfe.core.extract;

import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.TransientException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Flow;

/**
 * Sends one request and reads its response whole, within {@code maxResponseBytes}, retrying transient failures
 * with resilience4j (see {@link RetryWaits} for the waits). Adds the credential only to the outgoing request; every
 * URL it names is stripped and redacted. Thread-safe: detail requests share one instance.
 *
 * <p>Every read is bounded: {@code timeouts.request} until the headers (connection included), then
 * {@code timeouts.idle} between body bytes and {@code timeouts.body} for the whole body ({@link BodyReader}), so a
 * stalled response is an I/O error. Each of these is also capped by the time the run's {@link CallDeadline} leaves;
 * when the deadline stops a call, or leaves no time for its next attempt, the fetch throws {@link DeadlineReached}.
 *
 * <p>Outcomes: a 2xx response is returned. 408, 429, 5xx and I/O errors (timeouts included) are retried; when the attempts run out a
 * {@link TransientException} names the URL and the last status or error. Other statuses (4xx, 3xx since redirects
 * are not followed, so that credentials never travel to another host) and an oversized response fail at once with
 * an {@link NfeException}. An interrupt restores the flag and fails with an {@link NfeException}.
 */
final class HttpFetcher {
    private final HttpClient client;
    private final HttpSourceConfig config;
    private final Clock clock;
    private final Redactor redactor;
    private final Optional<RequestRateLimiter> rateLimiter;
    private final Sleeper sleeper;

    HttpFetcher(HttpClient client, HttpSourceConfig config, Clock clock, Sleeper sleeper,
                Optional<RequestRateLimiter> rateLimiter, Redactor redactor) {
        this.client = client;
        this.config = config;
        this.clock = clock;
        this.redactor = redactor;
        this.rateLimiter = rateLimiter;
        this.sleeper = sleeper;
    }

    /** A list page: the configured method and body. */
    HttpReply fetch(PageRequest request, CallDeadline deadline) {
        return fetch(config.method().name(), request.uri(), request.body(), listAccept(), deadline);
    }

    /** A detail document: always GET. */
    HttpReply fetchDetail(URI uri, CallDeadline deadline) {
        return fetch("GET", uri, Optional.empty(), "application/xml, application/json;q=0.9, */*;q=0.1", deadline);
    }

    private HttpReply fetch(String method, URI uri, Optional<String> body, String accept, CallDeadline deadline) {
        String shown = method + " " + redactor.show(uri);
        try {
            return RetryWaits.retry("http-extract", config.retry(), sleeper, deadline)
                    .executeSupplier(() -> attempt(method, uri, body, accept, shown, deadline));
        } catch (RetryableFailure last) {
            if (deadline.hasPassed()) {
                throw new DeadlineReached("Stopped " + shown + " at the run's deadline: " + reasonOf(last, shown),
                        last);
            }
            int attempts = config.retry().maxAttempts();
            throw new TransientException("Cannot fetch " + shown + ": gave up after " + attempts
                    + (attempts == 1 ? " attempt" : " attempts") + ", last: " + reasonOf(last, shown), last);
        }
    }

    private HttpReply attempt(String method, URI uri, Optional<String> body, String accept, String shown,
            CallDeadline deadline) {
        rateLimiter.ifPresent(RequestRateLimiter::acquire);
        deadline.checkTimeLeft(shown);
        Duration headersTimeout = deadline.cap(config.requestTimeout());
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
        try {
            response = client.send(request(method, uri, body, accept, headersTimeout),
                    HttpResponse.BodyHandlers.ofPublisher());
        } catch (IOException e) {
            throw RetryableFailure.io(shown + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NfeException("Interrupted while fetching " + shown, e);
        }
        int status = response.statusCode();
        BodyReader in = BodyReader.subscribe(response.body());
        try {
            Duration bodyTimeout = deadline.cap(config.bodyTimeout());
            if (status >= 200 && status < 300) {
                return new HttpReply(status, response.headers(), readLimited(in, response, shown, bodyTimeout),
                        redactor.show(uri));
            }
            String excerpt = BodyExcerpt.of(in.read(BodyExcerpt.READ_BYTES, config.idleTimeout(), bodyTimeout),
                    redactor);
            if (status == 408 || status == 429 || status >= 500) {
                Optional<Duration> retryAfter = status == 429 || status == 503
                        ? RetryAfter.parse(response.headers().firstValue("Retry-After"), clock.instant())
                        : Optional.empty();
                throw RetryableFailure.status(shown + ": HTTP " + status + ": " + excerpt, status, retryAfter);
            }
            if (status >= 300 && status < 400) {
                throw new NfeException("Cannot fetch " + shown + ": HTTP " + status + " redirect to "
                        + response.headers().firstValue("Location").map(this::showLocation).orElse("nowhere")
                        + ", and redirects are not followed");
            }
            throw new NfeException("Cannot fetch " + shown + ": HTTP " + status + ": " + excerpt);
        } catch (IOException e) {
            throw RetryableFailure.io(shown + ": HTTP " + status + ", body unreadable: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NfeException("Interrupted while reading the body of " + shown, e);
        }
    }

    private HttpRequest request(String method, URI uri, Optional<String> body, String accept, Duration timeout) {
        URI target = uri;
        HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(timeout).header("Accept", accept);
        if (config.auth().isPresent()) {
            HttpSourceConfig.Auth auth = config.auth().get();
            if (auth.placement() == HttpSourceConfig.Placement.HEADER) {
                builder.header(auth.name(), auth.value().reveal());
            } else {
                target = QueryString.with(uri, auth.name(), auth.value().reveal());
            }
        }
        builder.uri(target);
        if (body.isPresent()) {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.get(), StandardCharsets.UTF_8));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private byte[] readLimited(BodyReader in, HttpResponse<?> response, String shown, Duration bodyTimeout)
            throws IOException, InterruptedException {
        long limit = config.maxResponseBytes();
        OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
        if (declared.isPresent() && declared.getAsLong() > limit) {
            throw tooLarge(shown, "declares " + declared.getAsLong() + " bytes");
        }
        byte[] body = in.read(limit, config.idleTimeout(), bodyTimeout);
        if (body.length > limit) {
            throw tooLarge(shown, "has more than " + limit + " bytes");
        }
        return body;
    }

    private NfeException tooLarge(String shown, String what) {
        return new NfeException("Cannot fetch " + shown + ": the response " + what + ", over maxResponseBytes "
                + config.maxResponseBytes());
    }

    private String showLocation(String location) {
        try {
            return redactor.show(URI.create(location));
        } catch (IllegalArgumentException e) {
            return "an invalid URL";
        }
    }

    /** The exception's type and message; the message is sanitized like a body, as it may quote server bytes. */
    private String describe(IOException e) {
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": "
                        + BodyExcerpt.of(e.getMessage().getBytes(StandardCharsets.UTF_8), redactor);
    }

    private String listAccept() {
        if (config.format() instanceof ResponseFormat.Ndjson) {
            return "application/x-ndjson, application/json;q=0.9, */*;q=0.1";
        }
        if (config.format() instanceof ResponseFormat.Single) {
            return "application/xml, application/json;q=0.9, */*;q=0.1";
        }
        return "application/json, */*;q=0.1";
    }

    private static String reasonOf(RetryableFailure failure, String shown) {
        String message = failure.getMessage();
        return message.startsWith(shown + ": ") ? message.substring(shown.length() + 2) : message;
    }
}
