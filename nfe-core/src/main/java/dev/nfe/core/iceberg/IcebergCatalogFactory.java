package dev.nfe.core.iceberg;

import dev.nfe.core.spi.PluginFactory;

/**
 * Builds a {@link CatalogConnector} from the {@code catalog} section of an {@code iceberg} writer: {@code jdbc} and
 * {@code rest} in nfe-core, {@code glue} in nfe-aws. Registered in
 * {@code META-INF/services/dev.nfe.core.iceberg.IcebergCatalogFactory}.
 */
public interface IcebergCatalogFactory extends PluginFactory<CatalogConnector> {
}
