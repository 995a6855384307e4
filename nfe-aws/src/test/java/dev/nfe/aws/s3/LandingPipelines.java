package dev.nfe.aws.s3;

import dev.nfe.core.config.PluginRegistry;
import dev.nfe.core.extract.FolderExtractor;
import dev.nfe.core.extract.FolderSettings;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.DeserializerFactory;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Storage;
import java.time.Clock;
import java.util.Optional;

/** The pipeline the S3 tests run: documents under {@code landing/} of a storage, nfe-xml, Parquet silver beside. */
final class LandingPipelines {
    private LandingPipelines() {
    }

    /** A builder of pipeline {@code name} over {@code storage}, on {@code clock}, ready to build or to adjust. */
    static Pipeline.Builder builder(String name, Storage storage, Clock clock) {
        PluginContext context = new PluginContext(name, clock, secret -> Optional.empty());
        return Pipeline.builder()
                .name(name)
                .storage(storage)
                .extractor(new FolderExtractor(storage, "landing/", FolderSettings.defaults(), clock, rejected -> { }))
                .deserializer(PluginRegistry.load(DeserializerFactory.class)
                        .factory("transform.deserializer.type", "nfe-xml")
                        .create(ConfigSection.empty("transform.deserializer"), context))
                .layerWriter(PluginRegistry.load(LayerWriterFactory.class).factory("transform.writer.type", "parquet")
                        .create(ConfigSection.empty("transform.writer"), context))
                .clock(clock);
    }
}
