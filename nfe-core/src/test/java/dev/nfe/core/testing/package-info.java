/**
 * Test support shipped in nfe-core's test-jar, for tests of this and other modules: access to the shared NF-e
 * conformance corpus, and a storage double that injects failures at a chosen step of writing or reading.
 */
package dev.nfe.core.testing;
