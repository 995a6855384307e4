package dev.nfe.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/CONFIG.md equal to the key declarations. Regenerate it with
 * {@code mvn -B -q -ntp verify -pl nfe-core -Dtest=ConfigReferenceTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnfe.regenerate=true}.
 */
class ConfigReferenceTest {

    private static final Path REFERENCE = Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath().normalize().getParent().resolve("docs").resolve("CONFIG.md");

    private final String markdown = ConfigReference.markdown(getClass().getClassLoader());

    @Test
    void markdown_equalsCommittedReference() throws IOException {
        if (Boolean.getBoolean("nfe.regenerate")) {
            Files.createDirectories(REFERENCE.getParent());
            Files.writeString(REFERENCE, markdown);
        }

        assertThat(REFERENCE).exists();
        assertThat(Files.readString(REFERENCE))
                .as("%s differs from the declared keys; regenerate it with -Dnfe.regenerate=true", REFERENCE)
                .isEqualTo(markdown);
    }

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
