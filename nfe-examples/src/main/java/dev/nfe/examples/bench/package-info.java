/**
 * Benchmarks run by hand, never as tests: each prints its figures next to a baseline measured in the same run.
 */
package dev.nfe.examples.bench;
