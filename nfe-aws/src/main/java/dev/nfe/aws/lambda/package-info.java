/**
 * AWS Lambda entry points. {@link dev.nfe.aws.lambda.StageHandler} runs the stage its JSON payload names;
 * {@link dev.nfe.aws.lambda.ExtractHandler}, {@link dev.nfe.aws.lambda.TransformHandler},
 * {@link dev.nfe.aws.lambda.LoadHandler} and {@link dev.nfe.aws.lambda.AllStagesHandler} each run one fixed stage.
 * Every handler reads the payload and answers with the stage summaries and continuation as
 * {@link dev.nfe.core.runtime.StagePayloads} defines both, within the invocation's remaining time. The handlers only
 * translate; every decision is the pipeline's.
 *
 * <p>What runs when: loading a handler class initialises nothing but constants and loggers. The handler's
 * constructor, which Lambda calls once per instance during its init phase, reads {@code NFE_CONFIG}, fetches the
 * configuration it names ({@link dev.nfe.aws.lambda.PipelineSource}: class path, file or {@code s3://}), and builds
 * the pipeline with every plugin and their SDK clients (S3, SNS, Secrets Manager), so invocations reuse them. The S3
 * client that reads an {@code s3://} configuration is built on first use and kept. Per invocation, an {@code s3://}
 * configuration costs one HeadObject, and a changed ETag a fetch and a rebuild.
 */
package dev.nfe.aws.lambda;
