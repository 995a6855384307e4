package dev.nfe.core.iceberg;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.CatalogUtil;

/**
 * How an engine with its own Iceberg integration (Spark's {@code SparkCatalog}, Flink, Trino) opens the catalog an
 * {@code iceberg} layer commits to: the catalog's name, which a {@code jdbc} catalog records with every table, and
 * Iceberg's catalog properties ({@code type}, or {@code catalog-impl} for a catalog of this library, then
 * {@code uri}, {@code warehouse}, credentials). The engine brings its own {@code FileIO}. The properties may hold
 * secrets: {@link #toString()} names their keys only.
 *
 * @param name the catalog's name
 * @param properties Iceberg catalog properties, as {@code CatalogUtil.buildIcebergCatalog} takes them
 */
public record EngineCatalog(String name, Map<String, String> properties) {
    public EngineCatalog {
        Objects.requireNonNull(name, "name");
        properties = Map.copyOf(properties);
        if (!properties.containsKey(CatalogUtil.ICEBERG_CATALOG_TYPE)
                && !properties.containsKey(CatalogProperties.CATALOG_IMPL)) {
            throw new IllegalArgumentException("Cannot describe catalog " + name + ": its properties have neither a "
                    + CatalogUtil.ICEBERG_CATALOG_TYPE + " nor a " + CatalogProperties.CATALOG_IMPL);
        }
    }

    @Override
    public String toString() {
        return "EngineCatalog[" + name + ", keys=" + new TreeMap<>(properties).keySet() + "]";
    }
}
