package dev.nfe.core.iceberg;

import dev.nfe.core.spi.Storage;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.io.FileIO;

/**
 * Opens the Iceberg catalog an {@code iceberg} layer commits to, configured once by an
 * {@link IcebergCatalogFactory}. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface CatalogConnector {

    /**
     * Opens the catalog for the lake on {@code storage}; tables it creates or loads read and write their files through
     * {@code io}. The returned catalog also implements {@link org.apache.iceberg.catalog.SupportsNamespaces}. The
     * caller closes it if it is {@link AutoCloseable}.
     *
     * @throws dev.nfe.core.spi.ConfigException naming the key, if the catalog cannot serve this storage as configured
     */
    Catalog open(Storage storage, FileIO io);
}
