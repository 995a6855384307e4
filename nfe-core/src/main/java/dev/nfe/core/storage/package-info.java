/**
 * The {@code local} {@link dev.nfe.core.spi.Storage}: objects are files under a root directory, written to a hidden
 * temporary file next to their target and moved into place atomically when their stream is closed, so a reader
 * never sees a partial object. Used for local runs, tests and single-host deployments; {@code s3} lives in nfe-aws.
 */
package dev.nfe.core.storage;
