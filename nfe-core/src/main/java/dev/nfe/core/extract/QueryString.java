package dev.nfe.core.extract;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

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
        return without(uri, (parameter, value) -> parameter.equals(name));
    }

    /** {@code uri} without the query parameters {@code drop} selects by decoded name and value. */
    static URI without(URI uri, BiPredicate<String, String> drop) {
        String query = uri.getRawQuery();
        if (query == null) {
            return uri;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            if (!drop.test(decode(rawName), decode(rawValue))) {
                kept.add(pair);
            }
        }
        return kept.size() == query.split("&").length ? uri : rebuild(uri, String.join("&", kept));
    }

    /** {@code uri} without its user information ({@code user:password@}). */
    static URI withoutUserInfo(URI uri) {
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null) {
            return uri;
        }
        String text = uri.toString();
        int at = text.indexOf(userInfo + "@");
        return at < 0 ? uri : URI.create(text.substring(0, at) + text.substring(at + userInfo.length() + 1));
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
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
