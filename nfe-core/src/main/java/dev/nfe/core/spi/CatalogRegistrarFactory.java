package dev.nfe.core.spi;

/** Builds a {@link CatalogRegistrar}; registered in {@code META-INF/services/dev.nfe.core.spi.CatalogRegistrarFactory}. */
public interface CatalogRegistrarFactory extends PluginFactory<CatalogRegistrar> {
}
