package dev.nfe.core.spi;

/** Builds a {@link LayerWriter}; registered in {@code META-INF/services/dev.nfe.core.spi.LayerWriterFactory}. */
public interface LayerWriterFactory extends PluginFactory<LayerWriter> {
}
