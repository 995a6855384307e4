package dev.nfe.core.config;

import dev.nfe.core.spi.ConfigDef;
import dev.nfe.core.spi.ConfigKey;
import dev.nfe.core.spi.PluginFactory;
import java.util.List;

/**
 * Renders the configuration reference (docs/CONFIG.md) as Markdown from the key declarations: the root keys, then
 * the keys of every plugin type whose factory declares them, in a fixed order so the output is stable. The plugins
 * are those a class loader registers, so the reference of every module is rendered where all of them are on the
 * class path (nfe-examples).
 */
public final class ConfigReference {
    private static final String HEADER = """
            # Configuration reference

            Generated from the key declarations (`ConfigDef`) of every module (nfe-core, nfe-aws, nfe-redshift) by
            `ConfigReferenceFileTest` in nfe-examples; do not edit by hand. The test fails while this file differs
            from the declarations. After changing a declaration, regenerate it with

                mvn -B -q -ntp test -pl nfe-examples -am -Dtest=ConfigReferenceFileTest \\
                    -Dsurefire.failIfNoSpecifiedTests=false -Dnfe.regenerate=true

            A pipeline is configured in one YAML or JSON file (`nfe-examples/demo/pipeline.yaml` is one), checked at
            start-up and by `nfe check --config <file>`. Every problem is reported at once, one per line, with its
            key path: `extract.retry.maxAttempts: must be ≥ 1, was 0`.

            - A plugin section is a type name (`notify: log`) or a section with a `type` and the plugin's keys. A
              plugin whose factory declares its keys rejects unknown keys; the others check their keys when built.
            - Durations are a whole number with a unit (`500ms`, `30s`, `14m`, `2h`, `1d`) or ISO-8601 (`PT5M`).
            - Any string value may contain `${env:NAME}` (an environment variable) and `${secret:name}` (from the
              `secrets` provider); `$${` stands for a literal `${`. Values taken from secrets and values of
              sensitive keys are never shown in messages, logs or `toString()`.

            """;

    private ConfigReference() {
    }

    /** The reference for the root keys and the plugins {@code classLoader} registers. */
    public static String markdown(ClassLoader classLoader) {
        StringBuilder out = new StringBuilder(HEADER);
        out.append("## Pipeline\n\n");
        table(out, "", PipelineConfig.DEFINITION);
        out.append("\n## Plugins\n\nThe keys of each plugin type whose factory declares them, besides `type`.\n");
        for (PluginKind kind : PluginKind.values()) {
            PluginRegistry<? extends PluginFactory<?>> registry = PluginRegistry.load(kind.factory(), classLoader);
            for (String type : registry.types()) {
                ConfigDef def = registry.factory(kind.keyPath() + ".type", type).configDef();
                if (!def.isDeclared()) {
                    continue;
                }
                out.append("\n### `").append(kind.keyPath()).append("` type `").append(type).append("`\n\n");
                if (def.keys().isEmpty()) {
                    out.append("No keys.\n");
                } else {
                    table(out, kind.keyPath(), def);
                }
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, String path, ConfigDef def) {
        out.append("| Key | Type | Default | Required | Sensitive | Description |\n");
        out.append("|---|---|---|---|---|---|\n");
        rows(out, path, def);
    }

    private static void rows(StringBuilder out, String path, ConfigDef def) {
        for (ConfigKey key : def.keys()) {
            String keyPath = path.isEmpty() ? key.name() : path + "." + key.name();
            out.append("| `").append(keyPath).append("` | ").append(code(cell(key.describe()))).append(" | ")
                    .append(key.declaredDefault().map(ConfigReference::shownDefault).orElse(""))
                    .append(" | ").append(key.isRequired() ? "yes" : "")
                    .append(" | ").append(key.isSensitive() ? "yes" : "")
                    .append(" | ").append(cell(key.doc())).append(" |\n");
            key.section().ifPresent(nested -> rows(out, keyPath, nested));
        }
    }

    private static String shownDefault(Object value) {
        String text = value instanceof List<?> list ? list.toString() : value.toString();
        return text.isEmpty() ? "`\"\"`" : "`" + cell(text) + "`";
    }

    /** {@code text} as inline code; a text holding a backtick is fenced with two. */
    private static String code(String text) {
        return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
