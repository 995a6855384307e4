/**
 * The JDBC {@code Loader}: Redshift and PostgreSQL dialects, the exactly-once load log and the load-rule test kit.
 */
package dev.nfe.redshift;
