package dev.nfe.core.iceberg;

import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.jdbc.JdbcCatalog;

/**
 * Iceberg's {@link JdbcCatalog} on the connection pool of this library's {@code jdbc} catalog
 * ({@link MetadataClosingClientPool}), for engines that load a catalog by class name ({@code catalog-impl}), such as
 * Spark's {@code SparkCatalog}. On SQLite, a stock {@code JdbcCatalog} keeps a read transaction open between calls
 * and so fails its commits once another connection (this library's writer) has written to the catalog. Its
 * {@code FileIO} is the engine's ({@code io-impl}, Hadoop's file systems by default).
 */
public class EngineJdbcCatalog extends JdbcCatalog {

    /** The catalog {@code CatalogUtil.loadCatalog} instantiates, then initializes with the engine's properties. */
    public EngineJdbcCatalog() {
        super(null, properties -> new MetadataClosingClientPool(properties.get(CatalogProperties.URI), properties),
                true);
    }
}
