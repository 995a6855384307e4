/**
 * The silver layer: the table definitions ({@link dev.nfe.core.silver.SilverTables}), the column naming rule
 * ({@link dev.nfe.core.silver.LayoutNames}), the row mappers from the typed model to those tables
 * ({@link dev.nfe.core.silver.SilverRows}), and the {@code parquet} layer writer. Each table is defined once, with the
 * XPath and type of every column, and the same definition maps the rows and generates {@code nfe-core/SCHEMA.md}.
 * Tables are written as Parquet through parquet-avro straight onto {@link dev.nfe.core.spi.Storage}, with no Hadoop
 * file system, configuration or codec on the class path; each batch is committed by a {@code _manifest.json} written
 * last, and {@link dev.nfe.core.silver.ManifestLayerReader} sees only committed batches. Nothing here parses or validates
 * documents: a value that does not fit its column without rounding fails loudly instead of being written differently.
 */
package dev.nfe.core.silver;
