package dev.nfe.core.spi;

/** Builds a {@link Storage}; registered in {@code META-INF/services/dev.nfe.core.spi.StorageFactory}. */
public interface StorageFactory extends PluginFactory<Storage> {
}
