package dev.nfe.aws.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.nfe.core.runtime.Stage;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * A Lambda function of stage {@code transform}: it parses the pending bronze batches (or those the payload's batchIds
 * or window select) into silver; its configuration needs no extract section. Handler {@code
 * dev.nfe.aws.lambda.TransformHandler::handleRequest}. The payload may leave {@code stage} out; when it gives one, it
 * must be {@code transform}. Otherwise as {@link StageHandler}: configuration from {@value StageHandler#CONFIG_ENV},
 * built once per instance, failures notified once and rethrown.
 */
public final class TransformHandler implements RequestStreamHandler {
    private final StageInvocation invocation;

    /** The handler Lambda instantiates: builds the pipeline of {@value StageHandler#CONFIG_ENV}, when set. */
    public TransformHandler() {
        this.invocation = StageInvocation.fromEnvironment(Optional.of(Stage.TRANSFORM));
    }

    /** A handler running stage {@code transform} of {@code source}'s pipeline. */
    public TransformHandler(PipelineSource source) {
        this.invocation = StageInvocation.of(Optional.of(Stage.TRANSFORM), source);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        invocation.handle(input, output, context);
    }
}
