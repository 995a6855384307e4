package dev.nfe.core.spi;

/** Builds a {@link Loader}; registered in {@code META-INF/services/dev.nfe.core.spi.LoaderFactory}. */
public interface LoaderFactory extends PluginFactory<Loader> {
}
