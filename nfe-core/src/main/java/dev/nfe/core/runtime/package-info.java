/**
 * Runs pipelines: {@link dev.nfe.core.runtime.Pipeline} composes the plugins by type and runs the extract, transform
 * and load stages from a {@link dev.nfe.core.runtime.StageRequest} (the JSON payload of a Lambda or an Airflow task),
 * writing bronze batches with their manifests, the restart state under {@code _state/}, quarantine, and honouring
 * deadlines with continuations. Also holds the built-in {@code log} notifier and {@code none} catalog. Depends on the SPI and the built-in plugins, never on a cloud SDK or a JDBC driver.
 */
package dev.nfe.core.runtime;
