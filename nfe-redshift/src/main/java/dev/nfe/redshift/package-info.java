/**
 * The JDBC {@code Loader} ({@code type: jdbc}): batch selection, rules with their placeholders and parameters, the
 * exactly-once load transaction with retries of transient failures, the embedded PostgreSQL, and gold publishing.
 * SQL text comes from {@code .dialect}; the load log from {@code .loadlog}; the test kit lives in {@code .testkit}.
 * Nothing here concatenates a value into SQL: names pass through {@code SqlIdentifier}, values are bound.
 */
package dev.nfe.redshift;
