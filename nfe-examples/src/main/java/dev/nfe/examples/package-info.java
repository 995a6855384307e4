/**
 * Runnable examples: the local demo, sample pipeline configurations, business-rule SQL and benchmarks.
 */
package dev.nfe.examples;
