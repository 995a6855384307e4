package dev.nfe.core.extract;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the request of a page from its pagination parameters. A parameter whose placeholder (such as
 * {@code {cursor}}) appears in the POST body template is written into the body as a JSON literal ({@code null} when
 * absent); any other parameter becomes a query parameter, and an absent one is left out.
 */
final class RequestTemplate {
    private static final Pattern LEFTOVER = Pattern.compile("\"?\\{(cursor|page|offset|limit)}\"?");

    private final Optional<String> body;

    RequestTemplate(Optional<String> body) {
        this.body = Objects.requireNonNull(body, "body");
    }

    /**
     * A pagination parameter.
     *
     * @param placeholder its name in a body template: cursor, page, offset or limit
     * @param queryName its query parameter name
     * @param value its value, empty to leave it out
     * @param kind whether it is written into a body as a string or a number
     */
    record Param(String placeholder, String queryName, Optional<String> value, Kind kind) {
        Param {
            Objects.requireNonNull(placeholder, "placeholder");
            Objects.requireNonNull(queryName, "queryName");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(kind, "kind");
        }

        static Param text(String placeholder, String queryName, Optional<String> value) {
            return new Param(placeholder, queryName, value, Kind.TEXT);
        }

        static Param number(String placeholder, String queryName, long value) {
            return new Param(placeholder, queryName, Optional.of(Long.toString(value)), Kind.NUMBER);
        }

        String jsonLiteral() {
            if (value.isEmpty()) {
                return "null";
            }
            return kind == Kind.NUMBER
                    ? value.get()
                    : "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value.get())) + "\"";
        }
    }

    /** How a parameter is written into a JSON body. */
    enum Kind { TEXT, NUMBER }

    PageRequest render(URI uri, List<Param> params) {
        URI target = uri;
        Optional<String> rendered = body;
        for (Param param : params) {
            String placeholder = "{" + param.placeholder() + "}";
            if (rendered.filter(text -> text.contains(placeholder)).isPresent()) {
                rendered = rendered.map(text -> text.replace("\"" + placeholder + "\"", param.jsonLiteral())
                        .replace(placeholder, param.jsonLiteral()));
            } else if (param.value().isPresent()) {
                target = QueryString.with(target, param.queryName(), param.value().get());
            }
        }
        return new PageRequest(target,
                rendered.map(text -> LEFTOVER.matcher(text).replaceAll(Matcher.quoteReplacement("null"))));
    }
}
