/**
 * Runs pipelines: plugin discovery by type, stages, checkpoints, quarantine and time budgets. Depends on the SPI and
 * the built-in plugins, never on a cloud SDK or a JDBC driver.
 */
package dev.nfe.core.runtime;
