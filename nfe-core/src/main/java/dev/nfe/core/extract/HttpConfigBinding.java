package dev.nfe.core.extract;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ConfigType;
import dev.nfe.core.spi.ConfigValues;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.SecretProvider;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code http} extractor's keys, declared once in {@link #DEFINITION}, and their binding into an
 * {@link HttpSourceConfig}. The declared checks (types, bounds, allowed values, unknown keys) run in
 * {@link ConfigSection#bind}, which reports all of their problems at once. Once they pass, the rules that span keys
 * (where the credential goes, the keys each pagination style and response format takes, detail requests, backoff
 * order) are checked, and one {@link ConfigException} reports every one they break.
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
 * timeouts: {connect: 10s, request: 30s, idle: 30s, body: 5m}
 * rateLimit: 5                              # requests per second, optional
 * maxResponseBytes: 50MiB
 * deadlineMargin: 5s
 * </pre>
 * Field names such as {@code cursorField} are a JSON pointer ({@code /meta/next}) or a top-level field name.
 */
final class HttpConfigBinding {
    private static final String URL = "url";
    private static final String METHOD = "method";
    private static final String BODY = "body";
    private static final String AUTH = "auth";
    private static final String HEADER = "header";
    private static final String QUERY = "query";
    private static final String VALUE = "value";
    private static final String PAGINATION = "pagination";
    private static final String STYLE = "style";
    private static final String CURSOR_FIELD = "cursorField";
    private static final String CURSOR_PARAM = "cursorParam";
    private static final String NEXT_URL_FIELD = "nextUrlField";
    private static final String PAGE_PARAM = "pageParam";
    private static final String START_PAGE = "startPage";
    private static final String OFFSET_PARAM = "offsetParam";
    private static final String LIMIT_PARAM = "limitParam";
    private static final String LIMIT = "limit";
    private static final String RESPONSE = "response";
    private static final String FORMAT = "format";
    private static final String ITEMS_POINTER = "itemsPointer";
    private static final String DOCUMENT_POINTER = "documentPointer";
    private static final String DETAIL_URL = "detailUrl";
    private static final String ID_POINTER = "idPointer";
    private static final String CONCURRENCY = "concurrency";
    private static final String RETRY = "retry";
    private static final String MAX_ATTEMPTS = "maxAttempts";
    private static final String BACKOFF = "backoff";
    private static final String MAX_BACKOFF = "maxBackoff";
    private static final String JITTER = "jitter";
    private static final String MAX_RETRY_AFTER = "maxRetryAfter";
    private static final String TIMEOUTS = "timeouts";
    private static final String CONNECT = "connect";
    private static final String REQUEST = "request";
    private static final String IDLE = "idle";
    private static final String BODY_TIMEOUT = "body";
    private static final String RATE_LIMIT = "rateLimit";
    private static final String MAX_RESPONSE_BYTES = "maxResponseBytes";
    private static final String DEADLINE_MARGIN = "deadlineMargin";

    /** An HTTP header name (RFC 9110 token). */
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    /** Text with at least one character that is not white space. */
    private static final String NON_BLANK = ".*\\S.*";

    private static final ConfigDef AUTH_KEYS = ConfigDef.of(
            ConfigKey.string(HEADER).matching(TOKEN)
                    .doc("HTTP header carrying the credential, e.g. Authorization; exclusive with query."),
            ConfigKey.string(QUERY).matching(NON_BLANK)
                    .doc("Query parameter carrying the credential; exclusive with header."),
            ConfigKey.string(VALUE).sensitive()
                    .doc("The credential, usually with a ${secret:name} placeholder; required with header or query."));

    private static final ConfigDef PAGINATION_KEYS = ConfigDef.of(
            ConfigKey.oneOf(STYLE, "none", "cursor", "next-url", "link", "page", "offset").withDefault("none")
                    .doc("How the next page is found: a cursor or the next page's URL in the body, a Link header, "
                            + "or page numbers or offsets in the query."),
            ConfigKey.string(CURSOR_FIELD)
                    .doc("Style cursor, required: the field holding the next cursor, a JSON pointer or field name."),
            ConfigKey.string(CURSOR_PARAM).matching(NON_BLANK)
                    .doc("Style cursor: the query parameter, or {cursor} in the body, sending the cursor (cursor)."),
            ConfigKey.string(NEXT_URL_FIELD)
                    .doc("Style next-url, required: the field holding the next page's URL."),
            ConfigKey.string(PAGE_PARAM).matching(NON_BLANK)
                    .doc("Style page: the query parameter sending the page number (page)."),
            ConfigKey.integer(START_PAGE).atLeast(0).atMost(1)
                    .doc("Style page: the number of the first page (1)."),
            ConfigKey.string(OFFSET_PARAM).matching(NON_BLANK)
                    .doc("Style offset: the query parameter sending the offset (offset)."),
            ConfigKey.string(LIMIT_PARAM).matching(NON_BLANK)
                    .doc("Styles page and offset: the query parameter sending the page size (limit for offset); "
                            + "with style page, set both limitParam and limit or neither."),
            ConfigKey.integer(LIMIT).atLeast(1).atMost(1_000_000)
                    .doc("Styles page and offset: the page size; required for offset."));

    private static final ConfigDef RESPONSE_KEYS = ConfigDef.of(
            ConfigKey.oneOf(FORMAT, "json-list", "ndjson", "single", "envelope").withDefault("json-list")
                    .doc("How a response splits into documents: a JSON list, JSON lines, one document, or a list "
                            + "of envelopes each holding a document."),
            ConfigKey.string(ITEMS_POINTER)
                    .doc("Formats json-list and envelope: where the list is in the body; the body itself if absent."),
            ConfigKey.string(DOCUMENT_POINTER)
                    .doc("Format envelope, required: where the document is in each envelope."));

    private static final ConfigDef RETRY_KEYS = ConfigDef.of(
            ConfigKey.integer(MAX_ATTEMPTS).atLeast(1).atMost(100).withDefault(5)
                    .doc("Attempts per request, the first included."),
            ConfigKey.duration(BACKOFF).positive().withDefault("500ms")
                    .doc("The wait after the first failure, doubled after each further one."),
            ConfigKey.duration(MAX_BACKOFF).positive().withDefault("30s")
                    .doc("The longest computed wait; at least backoff."),
            ConfigKey.decimal(JITTER).atLeast(0).atMost(1).withDefault("0.5")
                    .doc("The randomization factor of the computed wait."),
            ConfigKey.duration(MAX_RETRY_AFTER).positive().withDefault("60s")
                    .doc("The longest wait a server's Retry-After may ask for; a longer one is shortened to it."));

    private static final ConfigDef TIMEOUT_KEYS = ConfigDef.of(
            ConfigKey.duration(CONNECT).positive().withDefault("10s").doc("TCP and TLS connect timeout."),
            ConfigKey.duration(REQUEST).positive().withDefault("30s")
                    .doc("Time until a response's headers arrive."),
            ConfigKey.duration(IDLE).positive().withDefault("30s")
                    .doc("The longest wait for the next bytes of a response body; a stalled body is retried."),
            ConfigKey.duration(BODY_TIMEOUT).positive().withDefault("5m")
                    .doc("The longest time reading one response body may take; a slower body is retried."));

    /** The keys of the {@code http} extractor's section. */
    static final ConfigDef DEFINITION = ConfigDef.of(
            ConfigKey.url(URL).required()
                    .doc("The first page's URL, http or https, without credentials (use auth)."),
            ConfigKey.oneOf(METHOD, "GET", "POST").withDefault("GET")
                    .doc("The method of list requests; detail requests are always GET."),
            ConfigKey.json(BODY)
                    .doc("Method POST only: the body, JSON text or a section written as JSON, with optional "
                            + "{cursor}, {page}, {offset} and {limit} placeholders."),
            ConfigKey.section(AUTH, AUTH_KEYS).doc("The credential sent with every request to the configured host."),
            ConfigKey.section(PAGINATION, PAGINATION_KEYS).doc("How the next page is found."),
            ConfigKey.section(RESPONSE, RESPONSE_KEYS).doc("How a response splits into documents."),
            ConfigKey.string(DETAIL_URL)
                    .doc("A GET per listed id for list pages that carry only ids: the document's URL with an {id} "
                            + "placeholder; needs response format json-list or ndjson."),
            ConfigKey.string(ID_POINTER)
                    .doc("With detailUrl: where the id is in each list item; the item itself when it is a scalar, "
                            + "else /id."),
            ConfigKey.integer(CONCURRENCY).atLeast(1).atMost(64)
                    .doc("With detailUrl: how many detail requests run at once (1)."),
            ConfigKey.section(RETRY, RETRY_KEYS)
                    .doc("Retry of transient failures: HTTP 408, 429 and 5xx, timeouts, resets and other I/O errors."),
            ConfigKey.section(TIMEOUTS, TIMEOUT_KEYS).doc("Network timeouts."),
            ConfigKey.decimal(RATE_LIMIT).positive().atMost(10_000)
                    .doc("Most requests per second; unlimited when absent."),
            ConfigKey.size(MAX_RESPONSE_BYTES).atLeast(1).atMost(1L << 30).withDefault("50MiB")
                    .doc("The largest response body read."),
            ConfigKey.duration(DEADLINE_MARGIN).positive().withDefault("5s")
                    .doc("No new page is requested when less than this remains before the run's deadline; a "
                            + "request or retry in flight is cut off when half of it remains, and the page is "
                            + "requested again next run."));

    private static final Map<String, Set<String>> KEYS_BY_STYLE = Map.of(
            "none", Set.of(STYLE),
            "cursor", Set.of(STYLE, CURSOR_FIELD, CURSOR_PARAM),
            "next-url", Set.of(STYLE, NEXT_URL_FIELD),
            "link", Set.of(STYLE),
            "page", Set.of(STYLE, PAGE_PARAM, START_PAGE, LIMIT_PARAM, LIMIT),
            "offset", Set.of(STYLE, OFFSET_PARAM, LIMIT_PARAM, LIMIT));
    private static final Map<String, Set<String>> KEYS_BY_FORMAT = Map.of(
            "json-list", Set.of(FORMAT, ITEMS_POINTER),
            "ndjson", Set.of(FORMAT),
            "single", Set.of(FORMAT),
            "envelope", Set.of(FORMAT, ITEMS_POINTER, DOCUMENT_POINTER));

    private static final Pattern SECRET_PLACEHOLDER = Pattern.compile("\\$\\{secret:([^}]+)}");
    private static final ObjectWriter JSON = new ObjectMapper().writer();

    private HttpConfigBinding() {
    }

    /**
     * Binds {@code section}; {@code ${secret:name}} placeholders left in {@code auth.value} are resolved through
     * {@code secrets}.
     *
     * @throws ConfigException listing every problem, each with its key path; never the secret
     */
    static HttpSourceConfig bind(ConfigSection section, SecretProvider secrets) {
        ConfigValues values = section.bind(DEFINITION);
        List<String> problems = new ArrayList<>();
        URI url = values.uri(URL);
        if (url.getRawUserInfo() != null) {
            problems.add(values.keyPath(URL) + ": must not carry credentials; use auth");
        }
        HttpSourceConfig.Method method = HttpSourceConfig.Method.valueOf(values.string(METHOD));
        Optional<String> body = body(values, method, problems);
        Optional<HttpSourceConfig.Auth> auth = auth(section, values.section(AUTH), secrets, problems);
        ResponseFormat format = format(values.section(RESPONSE), problems);
        Pagination pagination = pagination(values.section(PAGINATION), format, problems);
        Optional<HttpSourceConfig.Detail> detail = detail(values, format, problems);
        HttpSourceConfig.RetrySettings retry = retry(values.section(RETRY), problems);
        ConfigValues timeouts = values.section(TIMEOUTS);
        OptionalDouble rate = values.isSet(RATE_LIMIT)
                ? OptionalDouble.of(values.decimal(RATE_LIMIT).doubleValue())
                : OptionalDouble.empty();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new HttpSourceConfig(url, method, body, auth, pagination, format, detail, retry,
                timeouts.duration(CONNECT), timeouts.duration(REQUEST), timeouts.duration(IDLE),
                timeouts.duration(BODY_TIMEOUT), rate, values.size(MAX_RESPONSE_BYTES),
                values.duration(DEADLINE_MARGIN));
    }

    private static Optional<String> body(ConfigValues values, HttpSourceConfig.Method method, List<String> problems) {
        if (!values.isSet(BODY)) {
            return Optional.empty();
        }
        if (method != HttpSourceConfig.Method.POST) {
            problems.add(values.keyPath(BODY) + ": is only sent with method POST");
            return Optional.empty();
        }
        Object body = values.json(BODY);
        if (body instanceof Map<?, ?> map) {
            try {
                return Optional.of(JSON.writeValueAsString(map));
            } catch (JsonProcessingException e) {
                problems.add(values.keyPath(BODY) + ": cannot be written as JSON: " + e.getOriginalMessage());
                return Optional.empty();
            }
        }
        String text = (String) body;
        if (text.isEmpty()) {
            problems.add(values.keyPath(BODY) + ": must not be empty");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Whether the configuration loader resolved {@code auth.value} already: it then arrives as a {@link Secret}. */
    private static boolean isResolved(ConfigSection section) {
        return section.values().get(AUTH) instanceof Map<?, ?> auth && auth.get(VALUE) instanceof Secret;
    }

    private static Optional<HttpSourceConfig.Auth> auth(ConfigSection section, ConfigValues auth,
            SecretProvider secrets, List<String> problems) {
        Optional<String> header = text(auth, HEADER);
        Optional<String> query = text(auth, QUERY);
        if (header.isEmpty() && query.isEmpty()) {
            if (auth.isSet(VALUE)) {
                problems.add(auth.keyPath(VALUE) + ": needs either header or query to say where it goes");
            }
            return Optional.empty();
        }
        if (header.isPresent() && query.isPresent()) {
            problems.add(auth.keyPath(HEADER) + ": and query are exclusive: the credential goes in one place");
            return Optional.empty();
        }
        if (!auth.isSet(VALUE)) {
            problems.add(auth.keyPath(VALUE) + ": is required");
            return Optional.empty();
        }
        Optional<Secret> value = isResolved(section)
                ? Optional.of(auth.secret(VALUE))
                : resolved(auth.secret(VALUE), auth.keyPath(VALUE), secrets, problems);
        return value.map(secret -> header.isPresent()
                ? new HttpSourceConfig.Auth(HttpSourceConfig.Placement.HEADER, header.get(), secret)
                : new HttpSourceConfig.Auth(HttpSourceConfig.Placement.QUERY, query.get(), secret));
    }

    /**
     * {@code value} with its {@code ${secret:name}} placeholders resolved through {@code secrets}. Neither the value
     * nor the resolved text ever appears in a problem.
     */
    private static Optional<Secret> resolved(Secret value, String keyPath, SecretProvider secrets,
            List<String> problems) {
        Matcher matcher = SECRET_PLACEHOLDER.matcher(value.reveal());
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Optional<Secret> secret = secrets.resolve(name);
            if (secret.isEmpty()) {
                problems.add(keyPath + ": secret '" + name + "' was not found");
                return Optional.empty();
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(secret.get().reveal()));
        }
        matcher.appendTail(resolved);
        if (resolved.length() == 0) {
            problems.add(keyPath + ": must not be empty");
            return Optional.empty();
        }
        return Optional.of(Secret.of(resolved.toString()));
    }

    private static ResponseFormat format(ConfigValues response, List<String> problems) {
        String format = response.string(FORMAT);
        rejectKeysOutside(response, RESPONSE_KEYS, KEYS_BY_FORMAT.get(format), "format " + format, problems);
        Optional<JsonPointer> items = pointer(response, ITEMS_POINTER, problems);
        switch (format) {
            case "ndjson":
                return new ResponseFormat.Ndjson();
            case "single":
                return new ResponseFormat.Single();
            case "envelope":
                if (!response.isSet(DOCUMENT_POINTER)) {
                    problems.add(response.keyPath(DOCUMENT_POINTER) + ": is required for format envelope");
                }
                return new ResponseFormat.Envelope(items,
                        pointer(response, DOCUMENT_POINTER, problems).orElse(JsonPointer.empty()));
            default:
                return new ResponseFormat.JsonList(items);
        }
    }

    private static Pagination pagination(ConfigValues pagination, ResponseFormat format, List<String> problems) {
        String style = pagination.string(STYLE);
        rejectKeysOutside(pagination, PAGINATION_KEYS, KEYS_BY_STYLE.get(style), "style " + style, problems);
        if ((style.equals("cursor") || style.equals("next-url")) && !format.needsJson()) {
            problems.add(pagination.keyPath(STYLE) + ": " + style + " reads the next page from a JSON body field, "
                    + "so it needs response format json-list or envelope");
        }
        switch (style) {
            case "cursor":
                return new Pagination.Cursor(requiredPointer(pagination, CURSOR_FIELD, problems),
                        text(pagination, CURSOR_PARAM).orElse("cursor"));
            case "next-url":
                return new Pagination.NextUrl(requiredPointer(pagination, NEXT_URL_FIELD, problems));
            case "link":
                return new Pagination.Link();
            case "page": {
                Optional<String> limitParam = text(pagination, LIMIT_PARAM);
                OptionalLong limit = pagination.isSet(LIMIT)
                        ? OptionalLong.of(pagination.intValue(LIMIT))
                        : OptionalLong.empty();
                if (limitParam.isPresent() != limit.isPresent()) {
                    problems.add(pagination.keyPath(LIMIT) + ": and limitParam go together: set both or neither");
                }
                long start = pagination.isSet(START_PAGE) ? pagination.intValue(START_PAGE) : 1;
                return new Pagination.PageNumber(text(pagination, PAGE_PARAM).orElse("page"), start, limitParam,
                        limit);
            }
            case "offset": {
                if (!pagination.isSet(LIMIT)) {
                    problems.add(pagination.keyPath(LIMIT) + ": is required for style offset");
                }
                return new Pagination.Offset(text(pagination, OFFSET_PARAM).orElse("offset"),
                        text(pagination, LIMIT_PARAM).orElse("limit"),
                        pagination.isSet(LIMIT) ? pagination.intValue(LIMIT) : 1);
            }
            default:
                return new Pagination.None();
        }
    }

    /** Adds a problem for each key of {@code def} set in {@code values} that {@code owner} does not take. */
    private static void rejectKeysOutside(ConfigValues values, ConfigDef def, Set<String> keys, String owner,
            List<String> problems) {
        for (ConfigKey key : def.keys()) {
            if (!keys.contains(key.name()) && values.isSet(key.name())) {
                problems.add(values.keyPath(key.name()) + ": unknown key for " + owner + ", expected one of "
                        + new TreeSet<>(keys));
            }
        }
    }

    private static Optional<HttpSourceConfig.Detail> detail(ConfigValues values, ResponseFormat format,
            List<String> problems) {
        if (!values.isSet(DETAIL_URL)) {
            for (String key : List.of(ID_POINTER, CONCURRENCY)) {
                if (values.isSet(key)) {
                    problems.add(values.keyPath(key) + ": is only used with detailUrl");
                }
            }
            return Optional.empty();
        }
        String template = values.string(DETAIL_URL).trim();
        if (!template.contains("{id}")) {
            problems.add(values.keyPath(DETAIL_URL) + ": must contain the {id} placeholder, was '" + template + "'");
        } else if (ConfigType.httpUrl(template.replace("{id}", "1")).isEmpty()) {
            problems.add(values.keyPath(DETAIL_URL) + ": must be an absolute http or https URL, was '" + template
                    + "'");
        }
        if (!(format instanceof ResponseFormat.JsonList) && !(format instanceof ResponseFormat.Ndjson)) {
            problems.add(values.keyPath(DETAIL_URL) + ": needs list pages: response format json-list or ndjson");
        }
        return Optional.of(new HttpSourceConfig.Detail(template, pointer(values, ID_POINTER, problems),
                values.isSet(CONCURRENCY) ? values.intValue(CONCURRENCY) : 1));
    }

    private static HttpSourceConfig.RetrySettings retry(ConfigValues retry, List<String> problems) {
        if (retry.duration(MAX_BACKOFF).compareTo(retry.duration(BACKOFF)) < 0) {
            problems.add(retry.keyPath(MAX_BACKOFF) + ": must be at least backoff (" + retry.duration(BACKOFF)
                    + "), was " + retry.duration(MAX_BACKOFF));
        }
        return new HttpSourceConfig.RetrySettings(retry.intValue(MAX_ATTEMPTS), retry.duration(BACKOFF),
                retry.duration(MAX_BACKOFF), retry.decimal(JITTER).doubleValue(), retry.duration(MAX_RETRY_AFTER));
    }

    /** A set string key's value without surrounding white space. */
    private static Optional<String> text(ConfigValues values, String key) {
        return values.isSet(key) ? Optional.of(values.string(key).trim()) : Optional.empty();
    }

    private static JsonPointer requiredPointer(ConfigValues values, String key, List<String> problems) {
        if (!values.isSet(key)) {
            problems.add(values.keyPath(key) + ": is required");
        }
        return pointer(values, key, problems).orElse(JsonPointer.empty());
    }

    /** A JSON pointer ({@code /a/b}) or a top-level field name ({@code next}). */
    private static Optional<JsonPointer> pointer(ConfigValues values, String key, List<String> problems) {
        Optional<String> text = text(values, key);
        Optional<JsonPointer> pointer = text.filter(field -> !field.isEmpty()).flatMap(HttpConfigBinding::compiled);
        if (text.isPresent() && pointer.isEmpty()) {
            problems.add(values.keyPath(key) + ": must be a JSON pointer such as /items or a field name, was '"
                    + text.get() + "'");
        }
        return pointer;
    }

    private static Optional<JsonPointer> compiled(String field) {
        String pointer = field.startsWith("/") ? field : "/" + field.replace("~", "~0").replace("/", "~1");
        try {
            return Optional.of(JsonPointer.compile(pointer));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
