package dev.nfe.core.extract;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Adds and removes query parameters of a URI, keeping the rest of its raw query as it was. */
final class QueryString {

    private QueryString() {
    }

    static URI with(URI uri, String name, String value) {
        String pair = encode(name) + "=" + encode(value);
        String query = uri.getRawQuery();
        return rebuild(uri, query == null || query.isEmpty() ? pair : query + "&" + pair);
    }

    static URI without(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return uri;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            if (!URLDecoder.decode(rawName, StandardCharsets.UTF_8).equals(name)) {
                kept.add(pair);
            }
        }
        return kept.size() == query.split("&").length ? uri : rebuild(uri, String.join("&", kept));
    }

    /** {@code text} encoded for a query parameter or a path segment ({@code %20} for a space). */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static URI rebuild(URI uri, String rawQuery) {
        StringBuilder text = new StringBuilder();
        text.append(uri.getScheme()).append("://").append(uri.getRawAuthority());
        text.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (!rawQuery.isEmpty()) {
            text.append('?').append(rawQuery);
        }
        return URI.create(text.toString());
    }
}
