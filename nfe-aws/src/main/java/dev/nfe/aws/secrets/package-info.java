/**
 * The {@code secretsmanager} {@link dev.nfe.core.spi.SecretProvider}: a {@code ${secret:name}} placeholder resolves
 * to the string value of the AWS Secrets Manager secret {@code prefix + name}. Values are cached for a time-to-live
 * read from the pipeline's clock, so a rotated secret is picked up once its entry expires; values are never logged
 * and never appear in exception messages.
 */
package dev.nfe.aws.secrets;
