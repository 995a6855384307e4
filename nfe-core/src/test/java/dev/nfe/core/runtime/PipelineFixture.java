package dev.nfe.core.runtime;

import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.config.SilverBatching;
import dev.nfe.core.extract.FolderExtractor;
import dev.nfe.core.extract.FolderSettings;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.Deserializer;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.storage.LocalStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A pipeline over a temporary directory: generated NF-e in {@code input/}, the lake in {@code lake/}, a test clock,
 * the real folder extractor, nfe-xml deserializer, parquet writer and local storage, and a recording notifier.
 */
final class PipelineFixture {
    static final String PIPELINE = "nfe-test";
    static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
    static final int PAGE_SIZE = 10;

    final Path input;
    final Path lakeRoot;
    final MutableClock clock = new MutableClock(START);
    final LocalStorage lake;
    final RecordingNotifier notifier = new RecordingNotifier();
    private final PluginContext context;

    PipelineFixture(Path directory) {
        this.input = directory.resolve("input");
        this.lakeRoot = directory.resolve("lake");
        try {
            Files.createDirectories(input);
            Files.createDirectories(lakeRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.lake = new LocalStorage(lakeRoot);
        this.context = new PluginContext(PIPELINE, clock, name -> Optional.empty());
    }

    /** Writes generated documents {@code 0..count-1} to the input folder. */
    PipelineFixture generate(int count) {
        NfeGenerator.seeded(42).writeTo(input, count);
        // The ledger records each file's modification time: pin it so two fixtures leave the same state.
        try (Stream<Path> files = Files.list(input)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(START));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes an input file. */
    PipelineFixture input(String name, String content) {
        try {
            Files.writeString(input.resolve(name), content, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(input.resolve(name), FileTime.from(START));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * A builder with every part of the fixture, over {@code storage} as the lake; each bronze batch (a page of
     * {@value #PAGE_SIZE} documents) becomes a silver batch of its own.
     */
    Pipeline.Builder builder(Storage storage) {
        return Pipeline.builder()
                .name(PIPELINE)
                .storage(storage)
                .extractor(new FolderExtractor(new LocalStorage(input), "",
                        new FolderSettings(PAGE_SIZE, 64L << 20, Duration.ZERO, 20L << 20, 100, 10_000), clock,
                        rejected -> { }))
                .deserializer(deserializer())
                .layerWriter(parquet())
                .notifier(notifier)
                .clock(clock)
                .silverBatching(SilverBatching.onePerBronzeBatch())
                .deadlineMargin(Duration.ZERO);
    }

    Pipeline pipeline() {
        return builder(lake).build();
    }

    Deserializer deserializer() {
        return PluginRegistry.load(DeserializerFactory.class).factory("transform.deserializer.type", "nfe-xml")
                .create(ConfigSection.empty("transform.deserializer"), context);
    }

    /** The nfe-json deserializer, which also reads XML documents. */
    Deserializer jsonDeserializer() {
        return PluginRegistry.load(DeserializerFactory.class).factory("transform.deserializer.type", "nfe-json")
                .create(ConfigSection.empty("transform.deserializer"), context);
    }

    LayerWriter parquet() {
        return PluginRegistry.load(LayerWriterFactory.class).factory("transform.writer.type", "parquet")
                .create(ConfigSection.empty("transform.writer"), context);
    }

    /** The {@code iceberg} writer with its defaults: a SQLite catalog under the lake. */
    LayerWriter iceberg() {
        return PluginRegistry.load(LayerWriterFactory.class).factory("transform.writer.type", "iceberg")
                .create(ConfigSection.empty("transform.writer"), context);
    }

    /**
     * Every file under {@code prefix} of the lake, by relative path, with its bytes; stage leases left out, since
     * they name the run that held each stage and so differ between any two runs.
     */
    Map<String, byte[]> files(String prefix) {
        Map<String, byte[]> files = new TreeMap<>();
        Path root = lakeRoot.resolve(prefix);
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String key = lakeRoot.relativize(path).toString().replace('\\', '/');
                if (!key.startsWith("_state/" + PIPELINE + "/leases/")) {
                    files.put(key, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The reader of silver in the {@code parquet} format. */
    LayerReader pipelineReader() {
        return new ManifestLayerReader(lake, "silver");
    }

    /** The committed silver batches. */
    List<Batch> silverBatches() {
        try (Stream<Batch> batches = new ManifestLayerReader(lake, "silver").batches()) {
            return batches.toList();
        }
    }

    /** Every row of silver table {@code nfe}, batch by batch. */
    List<Row> silverRows() {
        List<Row> rows = new ArrayList<>();
        ManifestLayerReader reader = new ManifestLayerReader(lake, "silver");
        for (Batch batch : silverBatches()) {
            try (Stream<Row> batchRows = reader.rows(batch, SilverTables.named("nfe").orElseThrow())) {
                batchRows.forEach(rows::add);
            }
        }
        return rows;
    }
}
