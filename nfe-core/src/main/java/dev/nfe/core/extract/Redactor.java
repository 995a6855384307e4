package dev.nfe.core.extract;

import dev.nfe.core.spi.Secret;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the auth secret out of everything the http extractor shows: URLs it logs, stores in checkpoints or names in
 * exceptions lose their user information, the auth query parameter and any parameter carrying the secret, and any
 * text has the secret's value (whole, its credential part after a scheme such as {@code Bearer}, and URL-encoded)
 * replaced by {@code [hidden]}.
 */
final class Redactor {
    private static final String HIDDEN = "[hidden]";
    /** A shorter credential part is not hidden on its own: it would blank out ordinary words. */
    private static final int MIN_CREDENTIAL = 6;

    private final Optional<String> queryParameter;
    private final List<String> sensitive;

    private Redactor(Optional<String> queryParameter, List<String> sensitive) {
        this.queryParameter = queryParameter;
        this.sensitive = sensitive;
    }

    static Redactor of(Optional<HttpSourceConfig.Auth> auth) {
        if (auth.isEmpty()) {
            return new Redactor(Optional.empty(), List.of());
        }
        Secret secret = auth.get().value();
        String value = secret.reveal();
        List<String> sensitive = new ArrayList<>();
        sensitive.add(value);
        String credential = value.substring(value.lastIndexOf(' ') + 1);
        if (credential.length() >= MIN_CREDENTIAL && !credential.equals(value)) {
            sensitive.add(credential);
        }
        for (String text : List.copyOf(sensitive)) {
            String encoded = QueryString.encode(text);
            if (!encoded.equals(text)) {
                sensitive.add(encoded);
            }
        }
        // Longest first, so that the whole value is hidden before its credential part.
        sensitive.sort((a, b) -> Integer.compare(b.length(), a.length()));
        Optional<String> parameter = auth.get().placement() == HttpSourceConfig.Placement.QUERY
                ? Optional.of(auth.get().name())
                : Optional.empty();
        return new Redactor(parameter, List.copyOf(sensitive));
    }

    /** Whether there is a credential to protect, which must then only go to the configured host. */
    boolean guardsHost() {
        return !sensitive.isEmpty();
    }

    /**
     * {@code uri} without user information, the auth query parameter and any query parameter whose value is the
     * secret or its credential part (servers echo it in next-page links); safe to store and log. The credential is
     * added again to each request, so a stripped link still authenticates.
     */
    URI strip(URI uri) {
        URI stripped = QueryString.withoutUserInfo(uri);
        return QueryString.without(stripped, (name, value) -> queryParameter.filter(name::equals).isPresent()
                || sensitive.contains(value));
    }

    /** {@code text} with every occurrence of the secret hidden. */
    String redact(String text) {
        String result = text;
        for (String value : sensitive) {
            result = result.replace(value, HIDDEN);
        }
        return result;
    }

    /** The stripped and redacted form of {@code uri}, for messages. */
    String show(URI uri) {
        return redact(strip(uri).toString());
    }
}
