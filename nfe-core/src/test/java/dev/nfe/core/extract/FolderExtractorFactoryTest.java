package dev.nfe.core.extract;

import static dev.nfe.core.extract.FolderFixtures.chave;
import static dev.nfe.core.extract.FolderFixtures.nfeXml;
import static dev.nfe.core.extract.FolderFixtures.utf8;
import static dev.nfe.core.extract.FolderFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.spi.Checkpoint;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.ExtractorFactory;
import dev.nfe.core.spi.PluginContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderExtractorFactoryTest {
    private static final PluginContext CONTEXT = new PluginContext("test",
            Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC), name -> Optional.empty());

    @TempDir
    Path root;

    @Test
    void registry_findsFolderAndHttpExtractors() {
        assertThat(PluginRegistry.load(ExtractorFactory.class).types()).contains("folder", "http");
    }

    @Test
    void create_withBadKeys_reportsEveryProblemWithItsKeyPath() {
        ConfigSection config = new ConfigSection("extract", Map.of("pageSize", 0,
                "deadlineMargin", "soon", "maxDocumentBytes", "20 MB", "colour", "blue"));

        assertThatThrownBy(() -> new FolderExtractorFactory().create(config, CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("extract.path: required key is missing")
                .hasMessageContaining("extract.pageSize: must be between 1 and 100000, was 0")
                .hasMessageContaining(
                        "extract.deadlineMargin: must be a duration such as 500ms, 30s, 14m, 2h or PT5M, was 'soon'")
                .hasMessageContaining(
                        "extract.maxDocumentBytes: must be a size such as 1048576, 512KiB, 20MiB or 1GiB, was '20 MB'")
                .hasMessageContaining("extract.colour: unknown key");
    }

    @Test
    void create_pathNotADirectory_failsNamingTheKey() {
        ConfigSection config = new ConfigSection("extract", Map.of("path", root.resolve("missing").toString()));

        assertThatThrownBy(() -> new FolderExtractorFactory().create(config, CONTEXT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("extract.path: must be an existing directory");
    }

    @Test
    void create_withLocalStorage_extractsTheDirectory() {
        write(root, "1.xml", utf8(nfeXml(1)));
        RecordingSink sink = RecordingSink.fresh();

        new FolderExtractorFactory().create(new ConfigSection("extract", Map.of("path", root.toString())), CONTEXT)
                .extract(Checkpoint.empty(), sink);

        assertThat(sink.ids()).containsExactly(chave(1));
    }

}
