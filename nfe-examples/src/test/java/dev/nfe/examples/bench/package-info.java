/**
 * Benchmarks: each prints its figures as ratios against a baseline measured in the same run, over the same data. They
 * are main classes run with the {@code bench} profile of nfe-examples, never part of the test suite.
 */
package dev.nfe.examples.bench;
