/**
 * The load log table ({@code nfe_load_log}): one row per attempt to load a silver batch, written in the load's own
 * transaction when it succeeds and in a separate one when it fails. It is what makes loading exactly-once; it holds no
 * loading logic itself.
 */
package dev.nfe.redshift.loadlog;
