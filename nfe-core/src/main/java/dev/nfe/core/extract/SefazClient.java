package dev.nfe.core.extract;

import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.TransientException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Calls one SEFAZ web service operation over mutual TLS: posts one SOAP 1.2 envelope and reads the answer within a
 * time limit for the whole exchange ({@code requestTimeout}: connection, headers and body) and a size limit
 * ({@code maxResponseBytes}), retrying I/O errors, timeouts, 408, 429 and 5xx with resilience4j. Redirects are not
 * followed. The time limit is also capped by what the run's {@link CallDeadline} leaves; when the deadline stops
 * a call, or leaves no time for its next attempt, the call throws {@link DeadlineReached}. Thread-safe.
 *
 * <p>Outcomes: a 2xx answer's body is returned. When retries run out a
 * {@link TransientException} names the endpoint and the last failure; another status, an oversized or unreadable
 * answer, and a failed TLS handshake fail at once with an {@link NfeException}. Messages never carry the certificate or the request.
 */
final class SefazClient {
    private final HttpClient client;
    private final URI endpoint;
    private final String contentType;
    private final Duration requestTimeout;
    private final long maxResponseBytes;
    private final HttpSourceConfig.RetrySettings retry;
    private final Sleeper sleeper;

    SefazClient(SefazCertificate certificate, URI endpoint, String soapAction, Duration connectTimeout,
            Duration requestTimeout, long maxResponseBytes, HttpSourceConfig.RetrySettings retry, Sleeper sleeper) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(certificate.sslContext())
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.endpoint = endpoint;
        this.contentType = "application/soap+xml; charset=utf-8; action=\"" + soapAction + "\"";
        this.requestTimeout = requestTimeout;
        this.maxResponseBytes = maxResponseBytes;
        this.retry = retry;
        this.sleeper = sleeper;
    }

    /** The endpoint called, for lineage and messages (no credential in it). */
    String endpoint() {
        return endpoint.toString();
    }

    /**
     * Posts the SOAP {@code envelope} and returns the answer's body, within {@code deadline}.
     *
     * @throws TransientException when the service could not be reached after retries
     * @throws DeadlineReached when the deadline stopped the call or left no time to retry it
     * @throws NfeException on a refused TLS handshake, a status that is not retried or an oversized answer
     */
    byte[] post(byte[] envelope, CallDeadline deadline) {
        String shown = "POST " + endpoint;
        try {
            return RetryWaits.retry("sefaz-dfe", retry, sleeper, deadline)
                    .executeSupplier(() -> attempt(envelope, shown, deadline));
        } catch (RetryableFailure last) {
            if (deadline.hasPassed()) {
                throw new DeadlineReached("Stopped " + shown + " at the run's deadline: " + last.getMessage(), last);
            }
            int maxAttempts = retry.maxAttempts();
            throw new TransientException("Cannot call " + shown + ": gave up after " + maxAttempts
                    + (maxAttempts == 1 ? " attempt" : " attempts") + ", last: " + last.getMessage(), last);
        }
    }

    private byte[] attempt(byte[] envelope, String shown, CallDeadline deadline) {
        deadline.checkTimeLeft(shown);
        Duration timeout = deadline.cap(requestTimeout);
        HttpRequest post = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope))
                .build();
        CompletableFuture<HttpResponse<Bounded>> pending =
                client.sendAsync(post, info -> new BoundedSubscriber(maxResponseBytes));
        HttpResponse<Bounded> response;
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw RetryableFailure.io(shown + ": no complete answer within " + timeout, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof SSLHandshakeException) {
                // A refused certificate does not get better by retrying; the alert names no secret.
                throw new NfeException("Cannot call " + shown + ": the TLS handshake failed, check the certificate "
                        + "and the trust store: " + cause.getMessage());
            }
            throw RetryableFailure.io(shown + ": " + cause.getClass().getSimpleName()
                    + Optional.ofNullable(cause.getMessage()).map(m -> ": " + m).orElse(""), cause);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new NfeException("Interrupted while calling " + shown, e);
        }
        int status = response.statusCode();
        Bounded answer = response.body();
        if (status == 408 || status == 429 || status >= 500) {
            throw RetryableFailure.status(shown + ": HTTP " + status, status, Optional.empty());
        }
        if (status < 200 || status >= 300) {
            throw new NfeException("Cannot call " + shown + ": HTTP " + status);
        }
        if (answer.truncated()) {
            throw new NfeException("Cannot call " + shown + ": the answer has more than " + maxResponseBytes
                    + " bytes, over maxResponseBytes");
        }
        return answer.bytes();
    }

    /** A body read up to a limit: its bytes, and whether more were cut off. */
    private record Bounded(byte[] bytes, boolean truncated) {
    }

    /** Collects at most {@code limit} bytes, then cancels the stream so a huge answer is not read further. */
    private static final class BoundedSubscriber implements HttpResponse.BodySubscriber<Bounded> {
        private final long limit;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<Bounded> done = new CompletableFuture<>();
        private Flow.Subscription subscription;
        private boolean truncated;

        BoundedSubscriber(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<Bounded> getBody() {
            return done;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (truncated) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (out.size() + (long) buffer.remaining() > limit) {
                    truncated = true;
                    subscription.cancel();
                    done.complete(new Bounded(new byte[0], true));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable failure) {
            done.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            done.complete(new Bounded(out.toByteArray(), false));
        }
    }
}
