/**
 * CloudWatch monitoring without a CloudWatch client: the {@code emf} {@link dev.nfe.core.spi.Notifier} writes each
 * stage outcome as one CloudWatch Embedded Metric Format line to standard output, which Lambda (and the
 * {@code awslogs} driver of ECS) sends to CloudWatch Logs, where the metrics are extracted; and
 * {@link dev.nfe.aws.cloudwatch.JsonLogProvider}, an SLF4J provider selected with {@code -Dslf4j.provider=}, writes
 * log lines as JSON with the {@code pipeline}, {@code stage} and {@code batch} the runtime keeps in the MDC.
 */
package dev.nfe.aws.cloudwatch;
