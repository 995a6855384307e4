package dev.nfe.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The reference rendered from nfe-core's own declarations. docs/CONFIG.md, which covers every module, is kept equal
 * to the declarations by {@code ConfigReferenceFileTest} in nfe-examples.
 */
class ConfigReferenceTest {

    private final String markdown = ConfigReference.markdown(getClass().getClassLoader());

    @Test
    void markdown_rootKeys_showTypeDefaultAndRequirement() {
        assertThat(markdown).contains(
                "| `pipeline` | `string matching [a-z0-9-]+` |  | yes |  | Name of the pipeline",
                "| `layers.silver` | `string matching [a-z0-9][a-z0-9_-]*` | `silver` |",
                "| `transform.writer` | `plugin` | `parquet` |",
                "| `notify` | `plugin` | `log` |");
    }

    @Test
    void markdown_builtInPlugins_listTheirKeys() {
        assertThat(markdown).contains(
                "### `secrets` type `env`",
                "| `secrets.prefix` | `string matching [A-Z0-9_]*` | `\"\"` |",
                "### `secrets` type `file`",
                "| `secrets.path` | `path` |  | yes |",
                "### `notify` type `log`\n\nNo keys.");
    }

    @Test
    void markdown_extractors_listTheirKeysWithSensitiveAuthValue() {
        assertThat(markdown).contains(
                "### `extract` type `folder`",
                "| `extract.path` | `path` |  | yes |",
                "### `extract` type `http`",
                "| `extract.url` | `url` |  | yes |",
                "| `extract.auth.value` | `string` |  |  | yes |",
                "| `extract.retry.maxAttempts` | `int between 1 and 100` | `5` |");
    }
}
