package dev.nfe.core.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds raw section values to their {@link ConfigDef}, appending every problem it finds to one list instead of
 * stopping at the first, each as {@code <key.path>: <what was expected>, was <value>}. Keys with a problem stay
 * unset. Values of sensitive keys and secrets are shown as {@code [hidden]}.
 */
final class ConfigBinder {
    private static final int SHOWN_CHARACTERS = 60;

    private final List<String> problems;

    ConfigBinder(List<String> problems) {
        this.problems = problems;
    }

    ConfigValues bind(String path, Map<String, ?> raw, ConfigDef def) {
        if (!def.isDeclared()) {
            return new ConfigValues(path, def, new LinkedHashMap<>(raw));
        }
        for (String name : raw.keySet()) {
            if (def.key(name).isEmpty()) {
                problems.add(keyPath(path, name) + ": unknown key, " + hint(name, def));
            }
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (ConfigKey key : def.keys()) {
            String keyPath = keyPath(path, key.name());
            Object value = raw.get(key.name());
            Optional<Object> result = value == null ? absent(keyPath, key) : present(keyPath, key, value);
            result.ifPresent(v -> bound.put(key.name(), v));
        }
        return new ConfigValues(path, def, bound);
    }

    private Optional<Object> absent(String keyPath, ConfigKey key) {
        if (key.defaultValue().isPresent()) {
            Object value = key.defaultValue().get();
            return Optional.of(key.type() == ConfigType.PLUGIN ? pluginSection(keyPath, (Map<?, ?>) value) : value);
        }
        if (key.isRequired()) {
            problems.add(keyPath + ": required key is missing");
            return Optional.empty();
        }
        ConfigDef nested = key.section().orElse(ConfigDef.of());
        if (key.type() == ConfigType.SECTION && nested.keys().stream().noneMatch(ConfigKey::isRequired)) {
            return Optional.of(bind(keyPath, Map.of(), nested));
        }
        return Optional.empty();
    }

    private Optional<Object> present(String keyPath, ConfigKey key, Object value) {
        if (key.type() == ConfigType.LIST && value instanceof List<?> list) {
            int problemsBefore = problems.size();
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (element == null || element instanceof Map || element instanceof List) {
                    problems.add(keyPath + "[" + i + "]: must be a string, was " + shown(element, key));
                }
            }
            if (problems.size() > problemsBefore) {
                return Optional.empty();
            }
        }
        ConfigKey.Checked checked = key.check(value);
        if (checked instanceof ConfigKey.Checked.Bad bad) {
            problems.add(keyPath + ": " + bad.expected() + ", was " + shown(value, key));
            return Optional.empty();
        }
        Object bound = ((ConfigKey.Checked.Ok) checked).value();
        if (key.type() == ConfigType.SECTION) {
            return Optional.of(bind(keyPath, stringKeyed((Map<?, ?>) bound), key.section().orElseThrow()));
        }
        if (key.type() == ConfigType.PLUGIN) {
            return plugin(keyPath, bound);
        }
        return Optional.of(bound);
    }

    private Optional<Object> plugin(String keyPath, Object value) {
        if (value instanceof String typeName) {
            return Optional.of(pluginSection(keyPath, Map.of("type", typeName)));
        }
        Map<?, ?> section = (Map<?, ?>) value;
        Object typeName = section.get("type");
        if (typeName == null) {
            problems.add(keyPath + ".type: required key is missing");
            return Optional.empty();
        }
        if (!(typeName instanceof String text) || !ConfigKey.PLUGIN_TYPE.matcher(text).matches()) {
            problems.add(keyPath + ".type: must be a plugin type matching " + ConfigKey.PLUGIN_TYPE + ", was "
                    + shown(typeName));
            return Optional.empty();
        }
        return Optional.of(pluginSection(keyPath, section));
    }

    private static ConfigSection pluginSection(String keyPath, Map<?, ?> values) {
        return new ConfigSection(keyPath, stringKeyed(values));
    }

    private static Map<String, Object> stringKeyed(Map<?, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                copy.put(String.valueOf(key), value);
            }
        });
        return copy;
    }

    private static String hint(String name, ConfigDef def) {
        List<String> names = def.keys().stream().map(ConfigKey::name).toList();
        if (names.isEmpty()) {
            return "this section takes no keys";
        }
        return KeySuggestion.closest(name, names)
                .map(suggestion -> "did you mean '" + suggestion + "'?")
                .orElse("expected one of " + names);
    }

    static String keyPath(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** How a problem shows {@code value} of {@code key}: secrets hidden, text quoted and cut, structures named. */
    static String shown(Object value, ConfigKey key) {
        return key.isSensitive() ? "[hidden]" : shown(value);
    }

    /** How a problem shows {@code value}: secrets hidden, text quoted and cut, structures named. */
    static String shown(Object value) {
        if (value instanceof Secret) {
            return "[hidden]";
        }
        if (value == null) {
            return "empty";
        }
        if (value instanceof Map) {
            return "a section";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof String text) {
            String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
            boolean cut = oneLine.length() > SHOWN_CHARACTERS;
            return "'" + (cut ? oneLine.substring(0, SHOWN_CHARACTERS) + "…" : oneLine) + "'";
        }
        return value.toString();
    }
}
