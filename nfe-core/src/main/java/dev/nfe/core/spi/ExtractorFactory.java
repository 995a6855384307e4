package dev.nfe.core.spi;

/** Builds a {@link Extractor}; registered in {@code META-INF/services/dev.nfe.core.spi.ExtractorFactory}. */
public interface ExtractorFactory extends PluginFactory<Extractor> {
}
