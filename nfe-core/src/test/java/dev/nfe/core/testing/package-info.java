/**
 * Test support shipped in nfe-core's test-jar: access to the shared NF-e conformance corpus for tests of this and
 * other modules.
 */
package dev.nfe.core.testing;
