package dev.nfe.core.iceberg;

import dev.nfe.core.spi.Storage;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.io.FileIO;

/**
 * Opens the Iceberg catalog an {@code iceberg} layer commits to, configured once by an
 * {@link IcebergCatalogFactory}, and tells other engines how to open the same catalog. Implementations are
 * immutable and thread-safe.
 */
public interface CatalogConnector {

    /**
     * Opens the catalog for the lake on {@code storage}; tables it creates or loads read and write their files through
     * {@code io}. The returned catalog also implements {@link org.apache.iceberg.catalog.SupportsNamespaces}. The
     * caller closes it if it is {@link AutoCloseable}.
     *
     * @throws dev.nfe.core.spi.ConfigException naming the key, if the catalog cannot serve this storage as configured
     */
    Catalog open(Storage storage, FileIO io);

    /**
     * How an engine with its own Iceberg integration opens the catalog {@link #open} opens for the lake on
     * {@code storage}.
     *
     * @throws dev.nfe.core.spi.ConfigException naming the key, if the catalog cannot serve this storage as configured
     */
    EngineCatalog engineCatalog(Storage storage);

    /** The connector that opens catalogs with {@code open} and describes them with {@code engineCatalog}. */
    static CatalogConnector of(BiFunction<Storage, FileIO, Catalog> open, Function<Storage, EngineCatalog> engineCatalog) {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(engineCatalog, "engineCatalog");
        return new CatalogConnector() {
            @Override
            public Catalog open(Storage storage, FileIO io) {
                return open.apply(storage, io);
            }

            @Override
            public EngineCatalog engineCatalog(Storage storage) {
                return engineCatalog.apply(storage);
            }
        };
    }
}
