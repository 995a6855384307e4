package dev.nfe.core.config;

import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.SecretProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${env:NAME}} and {@code ${secret:name}} placeholders in every string value of a configuration tree;
 * {@code $${} stands for a literal {@code ${}. A string that took a secret becomes a {@link Secret}, so it is never
 * shown again. Each placeholder that cannot be resolved is a problem naming its key (and the variable or secret name,
 * never a value); the string is then left as it was.
 */
final class PlaceholderResolver {
    private static final String EXPECTED = "expected ${env:NAME} or ${secret:name}";
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SECRET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final int SHOWN_CHARACTERS = 40;

    private final Map<String, String> environment;
    private final SecretLookup secrets;
    private final Set<String> unresolvedPaths = new LinkedHashSet<>();

    /** Where {@code ${secret:…}} values come from, if anywhere. */
    private interface SecretLookup {
        /** The secret, or empty after appending why there is none to {@code problems} (or when it is skipped). */
        Optional<Secret> find(String keyPath, String name, List<String> problems);
    }

    private PlaceholderResolver(Map<String, String> environment, SecretLookup secrets) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.secrets = secrets;
    }

    /** Resolves both kinds of placeholder, secrets through {@code provider} of type {@code providerType}. */
    static PlaceholderResolver of(Map<String, String> environment, SecretProvider provider, String providerType) {
        return new PlaceholderResolver(environment, (keyPath, name, problems) -> {
            Optional<Secret> secret = provider.resolve(name);
            if (secret.isEmpty()) {
                problems.add(keyPath + ": secret '" + name + "' not found by the secrets provider '" + providerType
                        + "'");
            }
            return secret;
        });
    }

    /** Resolves {@code ${env:…}} in the {@code secrets} section, where a {@code ${secret:…}} is a problem. */
    static PlaceholderResolver forSecretsSection(Map<String, String> environment) {
        return new PlaceholderResolver(environment, (keyPath, name, problems) -> {
            problems.add(keyPath + ": cannot resolve secret '" + name + "': the secrets section cannot use secrets");
            return Optional.empty();
        });
    }

    /**
     * Resolves {@code ${env:…}} only and leaves {@code ${secret:…}} unresolved without a problem: used when the
     * secrets provider could not be built, which is the problem already reported.
     */
    static PlaceholderResolver withoutSecrets(Map<String, String> environment) {
        return new PlaceholderResolver(environment, (keyPath, name, problems) -> Optional.empty());
    }

    /**
     * Key paths whose value kept a placeholder, because of a problem reported by {@link #resolve}; other checks of
     * these keys would only repeat it.
     */
    Set<String> unresolvedPaths() {
        return Set.copyOf(unresolvedPaths);
    }

    /** {@code value} at {@code keyPath} with its placeholders resolved; maps and lists are walked. */
    Object resolve(String keyPath, Object value, List<String> problems) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            map.forEach((key, child) -> resolved.put(key.toString(), resolve(keyPath + "." + key, child, problems)));
            return Collections.unmodifiableMap(resolved);
        }
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                resolved.add(element == null ? null : resolve(keyPath + "[" + i + "]", element, problems));
            }
            return Collections.unmodifiableList(resolved);
        }
        if (value instanceof String text && text.contains("${")) {
            return resolveText(keyPath, text, problems);
        }
        return value;
    }

    private Object resolveText(String keyPath, String text, List<String> problems) {
        StringBuilder out = new StringBuilder();
        boolean tookSecret = false;
        boolean complete = true;
        int problemsBefore = problems.size();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("$${", i)) {
                out.append("${");
                i += 3;
                continue;
            }
            if (!text.startsWith("${", i)) {
                out.append(text.charAt(i));
                i++;
                continue;
            }
            int end = text.indexOf('}', i);
            if (end < 0) {
                problems.add(keyPath + ": unterminated placeholder " + shown(text.substring(i)) + ", " + EXPECTED);
                break;
            }
            String placeholder = text.substring(i, end + 1);
            String body = text.substring(i + 2, end);
            if (body.startsWith("env:") && ENV_NAME.matcher(body.substring(4)).matches()) {
                String name = body.substring(4);
                String variable = environment.get(name);
                if (variable == null) {
                    problems.add(keyPath + ": environment variable '" + name + "' is not set");
                } else {
                    out.append(variable);
                }
            } else if (body.startsWith("secret:") && SECRET_NAME.matcher(body.substring(7)).matches()) {
                Optional<Secret> secret = secrets.find(keyPath, body.substring(7), problems);
                secret.ifPresent(s -> out.append(s.reveal()));
                tookSecret |= secret.isPresent();
                complete &= secret.isPresent();
            } else {
                problems.add(keyPath + ": malformed placeholder " + shown(placeholder) + ", " + EXPECTED);
            }
            i = end + 1;
        }
        if (!complete || problems.size() > problemsBefore) {
            unresolvedPaths.add(keyPath);
            return text;
        }
        return tookSecret ? Secret.of(out.toString()) : out.toString();
    }

    private static String shown(String placeholder) {
        return "'" + (placeholder.length() > SHOWN_CHARACTERS
                ? placeholder.substring(0, SHOWN_CHARACTERS) + "…" : placeholder) + "'";
    }
}
