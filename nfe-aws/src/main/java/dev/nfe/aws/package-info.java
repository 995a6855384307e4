/**
 * AWS implementations of the nfe-core SPI: S3 storage, Lambda handlers, SNS notifier, Secrets Manager secrets,
 * Glue catalog registration and the Glue Iceberg catalog, and CloudWatch metrics. Nothing here is needed to run the pipeline locally.
 */
package dev.nfe.aws;
