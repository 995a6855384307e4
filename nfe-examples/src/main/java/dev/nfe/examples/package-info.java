/**
 * Runnable examples: the local demo ({@link dev.nfe.examples.NfeDemo}, packaged as {@code target/nfe-demo.jar}),
 * sample pipeline configurations, business-rule SQL and benchmarks. Nothing here is library code: it only composes
 * the public API of the other modules.
 */
package dev.nfe.examples;
