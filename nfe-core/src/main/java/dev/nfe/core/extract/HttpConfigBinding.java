package dev.nfe.core.extract;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.SecretProvider;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds the {@code http} extractor's section into an {@link HttpSourceConfig}, reporting every problem at once with
 * its key path. The one place that knows the key names, so that it can give way to declared-key binding.
 *
 * <pre>
 * url: https://api.example.com/v1/nfe      # required, http or https
 * method: GET                              # or POST
 * body: {"since": "2026-01-01", "cursor": "{cursor}"}   # POST only: a JSON string or map
 * auth: {header: Authorization, value: "Bearer ${secret:token}"}   # or {query: api_key, value: …}
 * pagination: {style: cursor, cursorField: /next, cursorParam: cursor}
 *   # none | cursor (cursorField, cursorParam=cursor) | next-url (nextUrlField) | link
 *   # | page (pageParam=page, startPage=1, limitParam, limit) | offset (offsetParam=offset, limitParam=limit, limit)
 * response: {format: json-list, itemsPointer: /items}
 *   # json-list | ndjson | single | envelope (documentPointer, required)
 * detailUrl: https://api.example.com/v1/nfe/{id}   # optional, with idPointer and concurrency (1)
 * retry: {maxAttempts: 5, backoff: 500ms, maxBackoff: 30s, jitter: 0.5, maxRetryAfter: 60s}
 * timeouts: {connect: 10s, request: 30s}
 * rateLimit: 5                              # requests per second, optional
 * maxResponseBytes: 50MiB
 * deadlineMargin: 5s
 * </pre>
 * Field names such as {@code cursorField} are a JSON pointer ({@code /meta/next}) or a top-level field name.
 */
final class HttpConfigBinding {
    static final Set<String> SENSITIVE_KEYS = Set.of("auth.value");

    private static final Set<String> KEYS = Set.of("type", "url", "method", "body", "auth", "pagination", "response",
            "detailUrl", "idPointer", "concurrency", "retry", "timeouts", "rateLimit", "maxResponseBytes",
            "deadlineMargin");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final ObjectWriter JSON = new ObjectMapper().writer();

    private HttpConfigBinding() {
    }

    /**
     * Binds {@code section}.
     *
     * @throws ConfigException listing every problem, each with its key path; never the secret
     */
    static HttpSourceConfig bind(ConfigSection section, SecretProvider secrets) {
        SectionReader reader = new SectionReader(section);
        reader.rejectUnknownKeys(KEYS);
        URI url = url(reader);
        Map<String, HttpSourceConfig.Method> methods = new LinkedHashMap<>();
        methods.put("GET", HttpSourceConfig.Method.GET);
        methods.put("POST", HttpSourceConfig.Method.POST);
        HttpSourceConfig.Method method = reader.choice("method", HttpSourceConfig.Method.GET, methods);
        Optional<String> body = body(reader, method);
        Optional<HttpSourceConfig.Auth> auth = auth(reader.section("auth"), secrets);
        ResponseFormat format = format(reader.section("response"));
        Pagination pagination = pagination(reader.section("pagination"), format);
        Optional<HttpSourceConfig.Detail> detail = detail(reader, format);
        HttpSourceConfig.RetrySettings retry = retry(reader.section("retry"));
        SectionReader timeouts = timeouts(reader.section("timeouts"));
        Duration connect = timeouts.duration("connect", Duration.ofSeconds(10));
        Duration request = timeouts.duration("request", Duration.ofSeconds(30));
        OptionalDouble rate = reader.has("rateLimit")
                ? OptionalDouble.of(reader.decimal("rateLimit", 1, 10_000))
                : OptionalDouble.empty();
        if (rate.isPresent() && rate.getAsDouble() <= 0) {
            reader.problem("rateLimit", "must be a positive number of requests per second");
        }
        long maxResponseBytes = reader.byteSize("maxResponseBytes", 50L << 20);
        if (maxResponseBytes > 1L << 30) {
            reader.problem("maxResponseBytes", "must be at most 1GiB, was " + maxResponseBytes);
        }
        Duration deadlineMargin = reader.duration("deadlineMargin", Duration.ofSeconds(5));
        reader.throwIfProblems();
        return new HttpSourceConfig(url, method, body, auth, pagination, format, detail, retry, connect, request,
                rate, maxResponseBytes, deadlineMargin);
    }

    private static URI url(SectionReader reader) {
        String text = reader.requiredString("url");
        if (text.isEmpty()) {
            return URI.create("http://invalid");
        }
        Optional<URI> uri = httpUri(text);
        if (uri.isEmpty()) {
            reader.problem("url", "must be an absolute http or https URL, was " + text);
            return URI.create("http://invalid");
        }
        if (uri.get().getRawUserInfo() != null) {
            reader.problem("url", "must not carry credentials; use auth");
        }
        return uri.get();
    }

    private static Optional<URI> httpUri(String text) {
        try {
            URI uri = new URI(text);
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri)
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> body(SectionReader reader, HttpSourceConfig.Method method) {
        Optional<Object> raw = reader.raw("body");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (method != HttpSourceConfig.Method.POST) {
            reader.problem("body", "is only sent with method POST");
            return Optional.empty();
        }
        if (raw.get() instanceof Map<?, ?> map) {
            try {
                return Optional.of(JSON.writeValueAsString(map));
            } catch (JsonProcessingException e) {
                reader.problem("body", "cannot be written as JSON: " + e.getOriginalMessage());
                return Optional.empty();
            }
        }
        return reader.string("body");
    }

    private static Optional<HttpSourceConfig.Auth> auth(SectionReader auth, SecretProvider secrets) {
        auth.rejectUnknownKeys(Set.of("header", "query", "value"));
        Optional<String> header = auth.string("header");
        Optional<String> query = auth.string("query");
        if (header.isEmpty() && query.isEmpty()) {
            if (auth.has("value")) {
                auth.problem("value", "needs either header or query to say where it goes");
            }
            return Optional.empty();
        }
        if (header.isPresent() && query.isPresent()) {
            auth.problem("header", "and query are exclusive: the credential goes in one place");
            return Optional.empty();
        }
        if (header.isPresent() && !TOKEN.matcher(header.get()).matches()) {
            auth.problem("header", "must be an HTTP header name, was " + header.get());
        }
        if (!auth.has("value")) {
            auth.problem("value", "is required");
            return Optional.empty();
        }
        Optional<Secret> value = auth.secret("value", secrets);
        return value.map(secret -> header.isPresent()
                ? new HttpSourceConfig.Auth(HttpSourceConfig.Placement.HEADER, header.get(), secret)
                : new HttpSourceConfig.Auth(HttpSourceConfig.Placement.QUERY, query.get(), secret));
    }

    private static ResponseFormat format(SectionReader response) {
        String format = response.choice("format", "json-list", names("json-list", "ndjson", "single", "envelope"));
        Map<String, Set<String>> keysByFormat = Map.of(
                "json-list", Set.of("format", "itemsPointer"),
                "ndjson", Set.of("format"),
                "single", Set.of("format"),
                "envelope", Set.of("format", "itemsPointer", "documentPointer"));
        response.rejectUnknownKeys(keysByFormat.get(format));
        Optional<JsonPointer> items = pointer(response, "itemsPointer");
        switch (format) {
            case "ndjson":
                return new ResponseFormat.Ndjson();
            case "single":
                return new ResponseFormat.Single();
            case "envelope":
                if (!response.has("documentPointer")) {
                    response.problem("documentPointer", "is required for format envelope");
                }
                return new ResponseFormat.Envelope(items,
                        pointer(response, "documentPointer").orElse(JsonPointer.empty()));
            default:
                return new ResponseFormat.JsonList(items);
        }
    }

    private static Pagination pagination(SectionReader pagination, ResponseFormat format) {
        String style = pagination.choice("style", "none",
                names("none", "cursor", "next-url", "link", "page", "offset"));
        Map<String, Set<String>> keysByStyle = Map.of(
                "none", Set.of("style"),
                "cursor", Set.of("style", "cursorField", "cursorParam"),
                "next-url", Set.of("style", "nextUrlField"),
                "link", Set.of("style"),
                "page", Set.of("style", "pageParam", "startPage", "limitParam", "limit"),
                "offset", Set.of("style", "offsetParam", "limitParam", "limit"));
        pagination.rejectUnknownKeys(keysByStyle.get(style));
        if ((style.equals("cursor") || style.equals("next-url")) && !format.needsJson()) {
            pagination.problem("style", style + " reads the next page from a JSON body field, so it needs response "
                    + "format json-list or envelope");
        }
        switch (style) {
            case "cursor": {
                JsonPointer field = requiredPointer(pagination, "cursorField");
                return new Pagination.Cursor(field, pagination.string("cursorParam").orElse("cursor"));
            }
            case "next-url":
                return new Pagination.NextUrl(requiredPointer(pagination, "nextUrlField"));
            case "link":
                return new Pagination.Link();
            case "page": {
                long start = pagination.integer("startPage", 1, 0, 1);
                Optional<String> limitParam = pagination.string("limitParam");
                OptionalLong limit = pagination.has("limit")
                        ? OptionalLong.of(pagination.integer("limit", 1, 1, 1_000_000))
                        : OptionalLong.empty();
                if (limitParam.isPresent() != limit.isPresent()) {
                    pagination.problem("limit", "and limitParam go together: set both or neither");
                }
                return new Pagination.PageNumber(pagination.string("pageParam").orElse("page"), start, limitParam,
                        limit);
            }
            case "offset": {
                if (!pagination.has("limit")) {
                    pagination.problem("limit", "is required for style offset");
                }
                return new Pagination.Offset(pagination.string("offsetParam").orElse("offset"),
                        pagination.string("limitParam").orElse("limit"),
                        pagination.integer("limit", 1, 1, 1_000_000));
            }
            default:
                return new Pagination.None();
        }
    }

    /** The choices {@code names}, each standing for itself, in the order given (for messages). */
    private static Map<String, String> names(String... names) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (String name : names) {
            choices.put(name, name);
        }
        return choices;
    }

    private static Optional<HttpSourceConfig.Detail> detail(SectionReader reader, ResponseFormat format) {
        if (!reader.has("detailUrl")) {
            for (String key : new String[] {"idPointer", "concurrency"}) {
                if (reader.has(key)) {
                    reader.problem(key, "is only used with detailUrl");
                }
            }
            return Optional.empty();
        }
        String template = reader.string("detailUrl").orElse("");
        if (!template.contains("{id}")) {
            reader.problem("detailUrl", "must contain the {id} placeholder, was " + template);
        } else if (httpUri(template.replace("{id}", "1")).isEmpty()) {
            reader.problem("detailUrl", "must be an absolute http or https URL, was " + template);
        }
        if (!(format instanceof ResponseFormat.JsonList) && !(format instanceof ResponseFormat.Ndjson)) {
            reader.problem("detailUrl", "needs list pages: response format json-list or ndjson");
        }
        int concurrency = (int) reader.integer("concurrency", 1, 1, 64);
        return Optional.of(new HttpSourceConfig.Detail(template, pointer(reader, "idPointer"), concurrency));
    }

    private static HttpSourceConfig.RetrySettings retry(SectionReader retry) {
        retry.rejectUnknownKeys(Set.of("maxAttempts", "backoff", "maxBackoff", "jitter", "maxRetryAfter"));
        int maxAttempts = (int) retry.integer("maxAttempts", 5, 1, 100);
        Duration backoff = retry.duration("backoff", Duration.ofMillis(500));
        Duration maxBackoff = retry.duration("maxBackoff", Duration.ofSeconds(30));
        if (maxBackoff.compareTo(backoff) < 0) {
            retry.problem("maxBackoff", "must be at least backoff (" + backoff + "), was " + maxBackoff);
        }
        double jitter = retry.decimal("jitter", 0.5, 1);
        Duration maxRetryAfter = retry.duration("maxRetryAfter", Duration.ofSeconds(60));
        return new HttpSourceConfig.RetrySettings(maxAttempts, backoff, maxBackoff, jitter, maxRetryAfter);
    }

    private static SectionReader timeouts(SectionReader timeouts) {
        timeouts.rejectUnknownKeys(Set.of("connect", "request"));
        return timeouts;
    }

    private static JsonPointer requiredPointer(SectionReader reader, String key) {
        if (!reader.has(key)) {
            reader.problem(key, "is required");
        }
        return pointer(reader, key).orElse(JsonPointer.empty());
    }

    /** A JSON pointer ({@code /a/b}) or a top-level field name ({@code next}). */
    private static Optional<JsonPointer> pointer(SectionReader reader, String key) {
        return reader.string(key).flatMap(text -> {
            String pointer = text.startsWith("/") ? text : "/" + text.replace("~", "~0").replace("/", "~1");
            try {
                return Optional.of(JsonPointer.compile(pointer));
            } catch (IllegalArgumentException e) {
                reader.problem(key, "must be a JSON pointer such as /items or a field name, was " + text);
                return Optional.empty();
            }
        });
    }
}
