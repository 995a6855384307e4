/**
 * AWS Lambda entry points: {@link dev.nfe.aws.lambda.StageHandler} runs the stage a JSON payload asks for within the
 * invocation's remaining time and answers with the stage summaries, as {@link dev.nfe.core.runtime.StagePayloads}
 * defines both. The handlers only translate; every decision is the pipeline's.
 */
package dev.nfe.aws.lambda;
