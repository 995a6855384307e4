/**
 * The {@code iceberg} layer format: silver (and gold) as Apache Iceberg tables, which Athena, Redshift Spectrum,
 * Glue, Spark, Trino and DuckDB all read, with snapshots, time travel and compaction.
 *
 * <p>{@link dev.nfe.core.iceberg.IcebergLayerWriterFactory} builds the writer; the data files are those of the
 * {@code parquet} writer with Iceberg field ids ({@link dev.nfe.core.silver.TableFileWriter}), committed with
 * {@code newAppend()} and their column metrics read from the Parquet footer, through the lake's
 * {@link dev.nfe.core.spi.Storage} ({@link dev.nfe.core.iceberg.StorageFileIO}), so no Hadoop is needed. A batch is
 * one snapshot per table whose summary names the batch; a rerun finds it there and adds nothing. Catalogs come from
 * {@link dev.nfe.core.iceberg.IcebergCatalogFactory}: {@code jdbc} (a SQLite file under a local lake by default)
 * and {@code rest} here, {@code glue} in nfe-aws. {@link dev.nfe.core.iceberg.IcebergTables} lists snapshots and
 * reads tables as of a snapshot or time; {@link dev.nfe.core.iceberg.IcebergMaintenance} compacts them, expires their
 * snapshots (recording the expired batches in the table properties, so that exactly-once survives) and removes
 * orphan files.
 */
package dev.nfe.core.iceberg;
