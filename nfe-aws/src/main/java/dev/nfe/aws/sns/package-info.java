/**
 * The {@code sns} {@link dev.nfe.core.spi.Notifier}: each stage outcome the pipeline is configured to report becomes
 * one message on an SNS topic, with a short subject, a JSON body carrying the run summary's counts, batch ids,
 * duration and error message, and message attributes {@code pipeline}, {@code stage} and {@code outcome} for
 * subscription filter policies. A message never carries document content or secrets.
 */
package dev.nfe.aws.sns;
