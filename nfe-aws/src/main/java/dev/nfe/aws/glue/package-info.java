/**
 * The {@code glue} {@link dev.nfe.core.spi.CatalogRegistrar}: makes each committed batch queryable from Athena by
 * keeping one Glue Data Catalog table per lake table (Parquet, partitioned by {@code ingest_date} and {@code batch}
 * as the layer lays its files out) and adding a batch's partitions only once the batch is committed.
 */
package dev.nfe.aws.glue;
