/**
 * The AWS Glue Data Catalog, twice. The {@code glue} {@link dev.nfe.core.spi.CatalogRegistrar} makes each committed
 * batch of a {@code parquet} layer queryable from Athena by keeping one Glue table per lake table (Parquet,
 * partitioned by {@code ingest_date} and {@code batch} as the layer lays its files out) and adding a batch's
 * partitions only once the batch is committed. The {@code glue} {@link dev.nfe.core.iceberg.IcebergCatalogFactory}
 * is the catalog of an {@code iceberg} layer: each table's pointer to its current metadata file, committed with
 * Glue's optimistic locking, its files read and written through the lake's storage.
 */
package dev.nfe.aws.glue;
