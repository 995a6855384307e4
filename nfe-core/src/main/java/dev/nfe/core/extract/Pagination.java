package dev.nfe.core.extract;

import com.fasterxml.jackson.core.JsonPointer;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.NfeException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the http extractor finds the next page, and what it keeps in the checkpoint to resume: {@code http.cursor}
 * ({@link Cursor}), {@code http.nextUrl} ({@link NextUrl}, {@link Link}), {@code http.page} ({@link PageNumber}) or
 * {@code http.offset} ({@link Offset}). The checkpoint saved with a page always points at the page after it; when a
 * source names no next page, it keeps pointing at the last one, so the next run re-reads it for documents added
 * since (bronze de-duplicates the repeats).
 */
sealed interface Pagination
        permits Pagination.None, Pagination.Cursor, Pagination.NextUrl, Pagination.PageNumber, Pagination.Offset,
        Pagination.Link {

    String CURSOR = "http.cursor";
    String NEXT_URL = "http.nextUrl";
    String PAGE = "http.page";
    String OFFSET = "http.offset";

    /**
     * Where a page is.
     *
     * @param uri the URL to request, before pagination parameters
     * @param token the cursor or URL that identifies the page, for loop detection; empty for the first cursor page
     *     and for numbered styles
     * @param number the page number or offset of numbered styles
     */
    record Position(URI uri, Optional<String> token, long number) {
        public Position {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * What a page's response offers for finding the next one.
     *
     * @param http the response
     * @param json its parsed body, for formats that are JSON
     * @param itemCount how many items it held
     * @param redactor strips credentials off URLs the server hands back
     */
    record Reply(HttpReply http, Optional<JsonBody> json, int itemCount, Redactor redactor) {
        public Reply {
            Objects.requireNonNull(http, "http");
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(redactor, "redactor");
        }
    }

    /** The position of the first page of a run resumed from {@code from}. */
    Position start(Checkpoint from, URI configured);

    /** The request for {@code position}. */
    PageRequest request(Position position, RequestTemplate template);

    /** The position after {@code current}, or empty when the source names no next page. */
    Optional<Position> next(Position current, Reply reply);

    /** {@code base} with {@code position} saved as where to resume. */
    Checkpoint save(Checkpoint base, Position position);

    /** What a token is called in messages. */
    default String tokenName() {
        return "cursor";
    }

    /** A single request. */
    record None() implements Pagination {
        @Override
        public Position start(Checkpoint from, URI configured) {
            return new Position(configured, Optional.empty(), 0);
        }

        @Override
        public PageRequest request(Position position, RequestTemplate template) {
            return template.render(position.uri(), List.of());
        }

        @Override
        public Optional<Position> next(Position current, Reply reply) {
            return Optional.empty();
        }

        @Override
        public Checkpoint save(Checkpoint base, Position position) {
            return base;
        }
    }

    /**
     * An opaque cursor from a body field, sent back as a query parameter or a body placeholder.
     *
     * @param field where the next cursor is in the body; missing, null or empty ends the run
     * @param param the query parameter that carries it
     */
    record Cursor(JsonPointer field, String param) implements Pagination {
        public Cursor {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(param, "param");
        }

        @Override
        public Position start(Checkpoint from, URI configured) {
            return new Position(configured, from.get(CURSOR), 0);
        }

        @Override
        public PageRequest request(Position position, RequestTemplate template) {
            return template.render(position.uri(), List.of(RequestTemplate.Param.text("cursor", param,
                    position.token())));
        }

        @Override
        public Optional<Position> next(Position current, Reply reply) {
            return reply.json().flatMap(json -> json.text(field)).filter(cursor -> !cursor.isBlank())
                    .map(cursor -> new Position(current.uri(), Optional.of(cursor), 0));
        }

        @Override
        public Checkpoint save(Checkpoint base, Position position) {
            return position.token().map(cursor -> base.with(CURSOR, cursor)).orElse(base);
        }
    }

    /**
     * The next page's URL in a body field, absolute or relative to the current one.
     *
     * @param field where the URL is in the body; missing, null or empty ends the run
     */
    record NextUrl(JsonPointer field) implements Pagination {
        public NextUrl {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public Position start(Checkpoint from, URI configured) {
            return urlPosition(from, configured);
        }

        @Override
        public PageRequest request(Position position, RequestTemplate template) {
            return template.render(position.uri(), List.of());
        }

        @Override
        public Optional<Position> next(Position current, Reply reply) {
            return reply.json().flatMap(json -> json.text(field)).filter(url -> !url.isBlank())
                    .map(url -> adopt(current, url, reply));
        }

        @Override
        public Checkpoint save(Checkpoint base, Position position) {
            return base.with(NEXT_URL, position.uri().toString());
        }

        @Override
        public String tokenName() {
            return "next URL";
        }
    }

    /** The RFC 8288 {@code Link} header's {@code rel="next"} target. */
    record Link() implements Pagination {
        private static final Pattern TARGET = Pattern.compile("<([^>]*)>([^<]*)");
        private static final Pattern REL = Pattern.compile("rel\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;,]+))",
                Pattern.CASE_INSENSITIVE);

        @Override
        public Position start(Checkpoint from, URI configured) {
            return urlPosition(from, configured);
        }

        @Override
        public PageRequest request(Position position, RequestTemplate template) {
            return template.render(position.uri(), List.of());
        }

        @Override
        public Optional<Position> next(Position current, Reply reply) {
            for (String header : reply.http().headers().allValues("Link")) {
                Matcher target = TARGET.matcher(header);
                while (target.find()) {
                    if (isNext(target.group(2))) {
                        return Optional.of(adopt(current, target.group(1), reply));
                    }
                }
            }
            return Optional.empty();
        }

        private static boolean isNext(String parameters) {
            Matcher rel = REL.matcher(parameters);
            if (!rel.find()) {
                return false;
            }
            String relations = rel.group(1) != null ? rel.group(1) : rel.group(2);
            return List.of(relations.toLowerCase(Locale.ROOT).trim().split("\\s+")).contains("next");
        }

        @Override
        public Checkpoint save(Checkpoint base, Position position) {
            return base.with(NEXT_URL, position.uri().toString());
        }

        @Override
        public String tokenName() {
            return "next URL";
        }
    }

    /**
     * Numbered pages; an empty page ends the run (a short one does not, since servers may cap the page size).
     *
     * @param param the page number parameter
     * @param first the first page's number, 0 or 1
     * @param limitParam the page size parameter, if sent
     * @param limit the page size, if sent
     */
    record PageNumber(String param, long first, Optional<String> limitParam, OptionalLong limit)
            implements Pagination {
        public PageNumber {
            Objects.requireNonNull(param, "param");
            Objects.requireNonNull(limitParam, "limitParam");
            Objects.requireNonNull(limit, "limit");
        }

        @Override
        public Position start(Checkpoint from, URI configured) {
            return new Position(configured, Optional.empty(), number(from, PAGE).orElse(first));
        }

        @Override
        public PageRequest request(Position position, RequestTemplate template) {
            List<RequestTemplate.Param> params = new ArrayList<>();
            params.add(RequestTemplate.Param.number("page", param, position.number()));
            if (limitParam.isPresent() && limit.isPresent()) {
                params.add(RequestTemplate.Param.number("limit", limitParam.get(), limit.getAsLong()));
            }
            return template.render(position.uri(), params);
        }

        @Override
        public Optional<Position> next(Position current, Reply reply) {
            return Optional.of(new Position(current.uri(), Optional.empty(), current.number() + 1));
        }

        @Override
        public Checkpoint save(Checkpoint base, Position position) {
            return base.with(PAGE, Long.toString(position.number()));
        }
    }

    /**
     * Offset and limit; the next offset advances by the items received, and an empty page ends the run.
     *
     * @param offsetParam the offset parameter
     * @param limitParam the page size parameter
     * @param limit the page size asked for
     */
    record Offset(String offsetParam, String limitParam, long limit) implements Pagination {
        public Offset {
            Objects.requireNonNull(offsetParam, "offsetParam");
            Objects.requireNonNull(limitParam, "limitParam");
        }

        @Override
        public Position start(Checkpoint from, URI configured) {
            return new Position(configured, Optional.empty(), number(from, OFFSET).orElse(0));
        }

        @Override
        public PageRequest request(Position position, RequestTemplate template) {
            return template.render(position.uri(), List.of(
                    RequestTemplate.Param.number("offset", offsetParam, position.number()),
                    RequestTemplate.Param.number("limit", limitParam, limit)));
        }

        @Override
        public Optional<Position> next(Position current, Reply reply) {
            return Optional.of(new Position(current.uri(), Optional.empty(), current.number() + reply.itemCount()));
        }

        @Override
        public Checkpoint save(Checkpoint base, Position position) {
            return base.with(OFFSET, Long.toString(position.number()));
        }
    }

    private static Position urlPosition(Checkpoint from, URI configured) {
        URI uri = from.get(NEXT_URL).map(Pagination::parseSaved).orElse(configured);
        return new Position(uri, Optional.of(uri.toString()), 0);
    }

    private static URI parseSaved(String saved) {
        try {
            return URI.create(saved);
        } catch (IllegalArgumentException e) {
            throw new NfeException("Cannot resume http extraction: checkpoint " + NEXT_URL + " is not a URL", e);
        }
    }

    private static OptionalLong number(Checkpoint from, String key) {
        Optional<String> saved = from.get(key);
        if (saved.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(saved.get()));
        } catch (NumberFormatException e) {
            throw new NfeException("Cannot resume http extraction: checkpoint " + key + " must be a number, was '"
                    + saved.get() + "'", e);
        }
    }

    /**
     * The position of a URL the server handed back: resolved against the current one, without credentials, and
     * refused when it leaves http(s) or, with credentials configured, the current host.
     */
    private static Position adopt(Position current, String url, Reply reply) {
        URI next;
        try {
            next = current.uri().resolve(url.trim());
        } catch (IllegalArgumentException e) {
            throw new NfeException("Cannot follow the next page link of " + reply.http().source()
                    + ": not a URL", e);
        }
        next = reply.redactor().strip(next);
        String scheme = Optional.ofNullable(next.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new NfeException("Cannot follow the next page link of " + reply.http().source() + ": "
                    + reply.redactor().show(next) + " is not an http(s) URL");
        }
        if (reply.redactor().guardsHost() && !sameOrigin(current.uri(), next)) {
            throw new NfeException("Cannot follow the next page link of " + reply.http().source() + ": "
                    + reply.redactor().show(next) + " leaves " + current.uri().getHost()
                    + ", and credentials are only sent to the configured host");
        }
        return new Position(next, Optional.of(next.toString()), 0);
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && Objects.equals(a.getHost(), b.getHost())
                && a.getPort() == b.getPort();
    }
}
