package dev.nfe.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Secret;
import dev.nfe.core.spi.SecretProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretProviderTest {

    private static final PluginContext CONTEXT = new PluginContext("nfe-sales", Clock.systemUTC(),
            name -> Optional.empty());

    @TempDir
    Path dir;

    @Test
    void resolve_directory_readsFileNamedAfterSecretWithoutTrailingLineBreak() throws IOException {
        Files.writeString(dir.resolve("nfe-api-token"), "t0k3n\n");
        Files.writeString(dir.resolve("db.password"), "p4ss\r\n");

        SecretProvider provider = provider(dir);

        assertThat(provider.resolve("nfe-api-token")).contains(Secret.of("t0k3n"));
        assertThat(provider.resolve("db.password")).contains(Secret.of("p4ss"));
        assertThat(provider.resolve("absent")).isEmpty();
    }

    @Test
    void resolve_directory_refusesNamesLeavingIt() throws IOException {
        Path inner = Files.createDirectory(dir.resolve("inner"));
        Files.writeString(dir.resolve("outside"), "x");

        assertThat(provider(inner).resolve("../outside")).isEmpty();
        assertThat(provider(inner).resolve(".hidden")).isEmpty();
    }

    @Test
    void resolve_directory_seesRotatedValue() throws IOException {
        Path file = Files.writeString(dir.resolve("token"), "old");
        SecretProvider provider = provider(dir);
        provider.resolve("token");

        Files.writeString(file, "new");

        assertThat(provider.resolve("token")).contains(Secret.of("new"));
    }

    @Test
    void resolve_jsonFile_readsNamedValue() throws IOException {
        Path file = Files.writeString(dir.resolve("secrets.json"), "{\"nfe-api-token\": \"t0k3n\"}");

        assertThat(provider(file).resolve("nfe-api-token")).contains(Secret.of("t0k3n"));
        assertThat(provider(file).resolve("absent")).isEmpty();
    }

    @Test
    void resolve_propertiesFile_readsNamedValue() throws IOException {
        Path file = Files.writeString(dir.resolve("secrets.properties"), "db.password=p4ss\n");

        assertThat(provider(file).resolve("db.password")).contains(Secret.of("p4ss"));
    }

    @Test
    void create_jsonWithNonStringValue_failsNamingKey() throws IOException {
        Path file = Files.writeString(dir.resolve("secrets.json"), "{\"port\": 5432}");

        assertThatThrownBy(() -> provider(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage("secrets.path: must be a JSON object of secret names to strings, was '" + file + "'");
    }

    @Test
    void create_malformedJson_failsWithoutQuotingContent() throws IOException {
        Path file = Files.writeString(dir.resolve("secrets.json"), "{\"token\": Zq8-leaked-value}");

        assertThatThrownBy(() -> provider(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("secrets.path: must be a JSON object of secret names to strings, was a "
                        + "malformed file")
                .hasNoCause()
                .message().doesNotContain("Zq8");
    }

    @Test
    void create_otherFile_failsNamingKey() throws IOException {
        Path file = Files.writeString(dir.resolve("secrets.txt"), "x");

        assertThatThrownBy(() -> provider(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage("secrets.path: must be a directory or a .json or .properties file, was '" + file + "'");
    }

    @Test
    void create_withoutPath_failsNamingKey() {
        assertThatThrownBy(() -> new FileSecretProviderFactory().create(ConfigSection.empty("secrets"), CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessage("secrets.path: required key is missing");
    }

    private static SecretProvider provider(Path path) {
        return new FileSecretProviderFactory()
                .create(new ConfigSection("secrets", Map.of("path", path.toString())), CONTEXT);
    }
}
