package dev.nfe.core.spi;

/** Builds a {@link SecretProvider}; registered in {@code META-INF/services/dev.nfe.core.spi.SecretProviderFactory}. */
public interface SecretProviderFactory extends PluginFactory<SecretProvider> {
}
