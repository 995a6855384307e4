/**
 * The silver layer's storage format: tables written as Parquet through parquet-avro straight onto
 * {@link dev.nfe.core.spi.Storage}, with no Hadoop file system, configuration or codec on the classpath; files
 * partitioned by ingest date and batch; each batch committed by a {@code _manifest.json} written last, and read back
 * by a reader that sees only committed batches and streams their rows.
 */
package dev.nfe.core.silver;
