package dev.nfe.core.cli;

import dev.nfe.core.config.PipelineConfig;
import dev.nfe.core.config.PluginConfig;
import dev.nfe.core.spi.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The secret values of the configuration a command loaded, so that {@link FailureReport} can hide them in messages
 * it did not write itself (a cause from the JDK may quote a URL the server sent, token included). Each value is
 * hidden whole, after a scheme such as {@code Bearer}, and URL-encoded. One per command line; not thread-safe.
 */
final class KnownSecrets {
    private static final String HIDDEN = "[hidden]";
    /** A shorter value is not hidden on its own: it would blank out ordinary words. */
    private static final int MIN_LENGTH = 6;

    private final TreeSet<String> values = new TreeSet<>((a, b) -> a.length() != b.length()
            ? Integer.compare(b.length(), a.length()) : a.compareTo(b));

    /** Remembers every secret value of {@code config}. */
    void addAll(PipelineConfig config) {
        List<PluginConfig> plugins = new ArrayList<>(List.of(config.storage(),
                config.transform().deserializer(), config.transform().writer(), config.transform().catalog(),
                config.notifier(), config.secrets()));
        config.extract().ifPresent(plugins::add);
        config.load().ifPresent(plugins::add);
        for (PluginConfig plugin : plugins) {
            collect(plugin.section().values().values());
        }
    }

    private void collect(Collection<?> tree) {
        for (Object value : tree) {
            if (value instanceof Secret secret) {
                add(secret.reveal());
            } else if (value instanceof Map<?, ?> map) {
                collect(map.values());
            } else if (value instanceof Collection<?> list) {
                collect(list);
            }
        }
    }

    private void add(String value) {
        List<String> forms = new ArrayList<>(List.of(value, value.substring(value.lastIndexOf(' ') + 1)));
        for (String form : List.copyOf(forms)) {
            forms.add(URLEncoder.encode(form, StandardCharsets.UTF_8));
            forms.add(URLEncoder.encode(form, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        forms.stream().filter(form -> form.length() >= MIN_LENGTH).forEach(values::add);
    }

    /** {@code text} with every known secret value replaced by {@code [hidden]}. */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String value : values) {
            result = result.replace(value, HIDDEN);
        }
        return result;
    }
}
