/**
 * The plugin contract of nfe-pipeline: the interfaces every extractor, deserializer, layer writer, loader, storage,
 * notifier, secret provider and catalog registrar implements, their factories, the value records that cross them and
 * the exception hierarchy. Imports only {@code java.*} and {@link dev.nfe.core.model}: no AWS, JDBC, Parquet, Avro or
 * Jackson types may appear here.
 */
package dev.nfe.core.spi;
