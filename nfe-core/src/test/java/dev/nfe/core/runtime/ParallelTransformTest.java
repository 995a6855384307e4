package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.extract.FolderExtractor;
import dev.nfe.core.extract.FolderSettings;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.storage.LocalStorage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transform on several threads: documents prepared on a pool and tables encoded on a pool give the same silver
 * files, quarantine included, byte for byte, as one thread.
 */
class ParallelTransformTest {
    private static final String BROKEN = "<NFe xmlns=\"http://www.portalfiscal.inf.br/nfe\"><infNFe>";

    @TempDir
    Path directory;

    @Test
    void transform_onFourThreads_writesTheSameSilverAsOnOne() {
        Map<String, byte[]> oneThread = transform(directory.resolve("one"), 1);
        Map<String, byte[]> fourThreads = transform(directory.resolve("four"), 4);

        assertThat(oneThread.keySet()).anyMatch(path -> path.startsWith("silver/_quarantine/"))
                .anyMatch(path -> path.startsWith("silver/nfe_item_tax/"))
                .filteredOn(path -> path.startsWith("silver/nfe_item/")).hasSizeGreaterThan(2);
        assertThat(fourThreads.keySet()).containsExactlyElementsOf(oneThread.keySet());
        assertThat(fourThreads).allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(oneThread.get(path)));
    }

    @Test
    void config_withZeroThreads_failsAtStartUpNamingTheKey() throws IOException {
        Path config = directory.resolve("pipeline.yaml");
        Files.writeString(config, "pipeline: p\nstorage: { type: local, root: ./lake }\n"
                + "transform: { deserializer: nfe-xml, threads: 0 }\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PipelineConfigLoader.create().load(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("transform.threads: must be between 1 and 256, was 0");
    }

    /** Extracts 240 generated documents and a broken one in pages of 120, then transforms them on {@code threads}. */
    private static Map<String, byte[]> transform(Path root, int threads) {
        PipelineFixture fixture = new PipelineFixture(root).generate(240).input("broken.xml", BROKEN);
        PluginContext context = new PluginContext(PipelineFixture.PIPELINE, fixture.clock, name -> Optional.empty());
        LayerWriter writer = PluginRegistry.load(LayerWriterFactory.class).factory("transform.writer.type", "parquet")
                .create(new ConfigSection("transform.writer", Map.of("threads", threads, "maxRowsPerFile", 400)),
                        context);
        Pipeline pipeline = fixture.builder(fixture.lake)
                .extractor(new FolderExtractor(new LocalStorage(fixture.input), "",
                        new FolderSettings(120, 64L << 20, Duration.ZERO, 20L << 20, 100, 10_000), fixture.clock,
                        rejected -> { }))
                .layerWriter(writer)
                .transformThreads(threads)
                .build();

        pipeline.run(pipeline.request(Stage.EXTRACT));
        RunSummary summary = pipeline.run(pipeline.request(Stage.TRANSFORM));

        assertThat(summary).extracting(RunSummary::seen, RunSummary::written, RunSummary::quarantined)
                .containsExactly(241L, 240L, 1L);
        return fixture.files("silver");
    }
}
