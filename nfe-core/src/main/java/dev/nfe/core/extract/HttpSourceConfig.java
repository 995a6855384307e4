package dev.nfe.core.extract;

import com.fasterxml.jackson.core.JsonPointer;
import dev.nfe.core.spi.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The bound configuration of the {@code http} extractor (see {@link HttpConfigBinding} for the keys). Its
 * {@code toString()} shows the auth value as {@code [hidden]}.
 *
 * @param url the first page's URL
 * @param method GET or POST
 * @param body the POST body template, JSON with optional {@code {cursor}}, {@code {page}}, {@code {offset}},
 *     {@code {limit}} placeholders
 * @param auth the credential sent with every request, if any
 * @param pagination how the next page is found
 * @param format how a response splits into documents
 * @param detail per-document requests for list pages that carry only ids, if configured
 * @param retry retry and backoff of transient failures
 * @param connectTimeout TCP and TLS connect timeout
 * @param requestTimeout time until the response headers arrive
 * @param idleTimeout the longest wait for the next bytes of a response body
 * @param bodyTimeout the longest time reading one response body takes
 * @param requestsPerSecond the rate limit, if any
 * @param maxResponseBytes the largest response body read
 * @param deadlineMargin no new page is requested when less than this remains before the sink's deadline
 */
record HttpSourceConfig(URI url, Method method, Optional<String> body, Optional<Auth> auth, Pagination pagination,
                        ResponseFormat format, Optional<Detail> detail, RetrySettings retry, Duration connectTimeout,
                        Duration requestTimeout, Duration idleTimeout, Duration bodyTimeout, OptionalDouble requestsPerSecond, long maxResponseBytes,
                        Duration deadlineMargin) {
    HttpSourceConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(pagination, "pagination");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        Objects.requireNonNull(requestsPerSecond, "requestsPerSecond");
        Objects.requireNonNull(deadlineMargin, "deadlineMargin");
    }

    /** The HTTP method of list requests; detail requests are always GET. */
    enum Method { GET, POST }

    /** Where the credential goes. */
    enum Placement { HEADER, QUERY }

    /**
     * The credential sent with every request.
     *
     * @param placement a header or a query parameter
     * @param name the header or parameter name
     * @param value the secret value, resolved before the extractor is built
     */
    record Auth(Placement placement, String name, Secret value) {
        Auth {
            Objects.requireNonNull(placement, "placement");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Per-document GET requests for list pages that only carry ids.
     *
     * @param urlTemplate the document URL with an {@code {id}} placeholder
     * @param idPointer where the id is in each list item; empty means the item itself when it is a scalar, else
     *     {@code /id}
     * @param concurrency how many detail requests run at once
     */
    record Detail(String urlTemplate, Optional<JsonPointer> idPointer, int concurrency) {
        Detail {
            Objects.requireNonNull(urlTemplate, "urlTemplate");
            Objects.requireNonNull(idPointer, "idPointer");
        }
    }

    /**
     * Retry of transient failures: HTTP 408, 429 and 5xx, timeouts, resets and other I/O errors.
     *
     * @param maxAttempts attempts per request, the first included
     * @param backoff the wait after the first failure, doubled after each further one
     * @param maxBackoff the longest computed wait
     * @param jitter the randomization factor of the computed wait, 0 to 1
     * @param maxRetryAfter the longest wait a server's {@code Retry-After} may ask for; a longer one is shortened to it
     */
    record RetrySettings(int maxAttempts, Duration backoff, Duration maxBackoff, double jitter,
                         Duration maxRetryAfter) {
        RetrySettings {
            Objects.requireNonNull(backoff, "backoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        }
    }
}
