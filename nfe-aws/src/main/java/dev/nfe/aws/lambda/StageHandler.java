package dev.nfe.aws.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.StagePayloads;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * A Lambda function running the stage its JSON payload names ({@link StagePayloads}) and answering with the stage
 * summaries and, when a stage stopped at its deadline, the payload that resumes it. Handler
 * {@code dev.nfe.aws.lambda.StageHandler::handleRequest}; {@link ExtractHandler}, {@link TransformHandler},
 * {@link LoadHandler} and {@link AllStagesHandler} are the same for one fixed stage.
 *
 * <p>The pipeline comes from the configuration {@value #CONFIG_ENV} names ({@code classpath:…}, a file, or
 * {@code s3://bucket/key}; see {@link PipelineSource}), built once per instance in the constructor, that is during
 * the function's init phase, with every plugin and SDK client. A payload naming another configuration gets a
 * pipeline built on first use and kept for the instance's later invocations. The run's time budget is the
 * invocation's remaining time less {@link #RESPONSE_MARGIN}, or the payload's own budget when that is shorter. A stage
 * failure is reported once to the configured notifier ({@code notify}, e.g. {@code sns}) and rethrown.
 */
public final class StageHandler implements RequestStreamHandler {
    /** The environment variable naming the configuration of the warm pipeline. */
    public static final String CONFIG_ENV = "NFE_CONFIG";
    /** Time kept back from the invocation's remaining time to write the response. */
    public static final Duration RESPONSE_MARGIN = Duration.ofSeconds(10);

    private final StageInvocation invocation;

    /** The handler Lambda instantiates: builds the pipeline of {@value #CONFIG_ENV}, when set. */
    public StageHandler() {
        this.invocation = StageInvocation.fromEnvironment(Optional.empty());
    }

    /** A handler running requests on {@code source}'s pipeline, unless a payload names another configuration. */
    public StageHandler(PipelineSource source) {
        this.invocation = StageInvocation.of(Optional.empty(), source);
    }

    /** A handler running requests on {@code pipeline}, unless a payload names a configuration. */
    public StageHandler(Pipeline pipeline) {
        this(PipelineSource.of(pipeline));
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        invocation.handle(input, output, context);
    }
}
