package dev.nfe.core.spi;

/** Builds a {@link Deserializer}; registered in {@code META-INF/services/dev.nfe.core.spi.DeserializerFactory}. */
public interface DeserializerFactory extends PluginFactory<Deserializer> {
}
