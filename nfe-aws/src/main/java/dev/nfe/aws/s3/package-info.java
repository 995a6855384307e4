/**
 * The {@code s3} {@link dev.nfe.core.spi.Storage}: objects live in one S3 bucket (or an S3-compatible server) under
 * an optional key prefix. Writes are buffered to a local temporary file and published by one PutObject, or by a
 * multipart upload above 16 MiB, when their stream is closed; {@code create()} writes are conditional
 * ({@code If-None-Match: *}), so a reader never sees a partial object and a second creator gets a conflict.
 */
package dev.nfe.aws.s3;
