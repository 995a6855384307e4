/**
 * Runs pipelines: plugin discovery by type, stages, checkpoints, quarantine and time budgets, and the built-in
 * {@code log} notifier. Depends on the SPI and the built-in plugins, never on a cloud SDK or a JDBC driver.
 */
package dev.nfe.core.runtime;
