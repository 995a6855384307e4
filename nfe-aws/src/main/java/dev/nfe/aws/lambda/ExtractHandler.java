package dev.nfe.aws.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.nfe.core.runtime.Stage;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * A Lambda function of stage {@code extract}: it pulls raw documents from the source into bronze. Handler {@code
 * dev.nfe.aws.lambda.ExtractHandler::handleRequest}. The payload may leave {@code stage} out; when it gives one, it
 * must be {@code extract}. Otherwise as {@link StageHandler}: configuration from {@value StageHandler#CONFIG_ENV},
 * built once per instance, failures notified once and rethrown.
 */
public final class ExtractHandler implements RequestStreamHandler {
    private final StageInvocation invocation;

    /** The handler Lambda instantiates: builds the pipeline of {@value StageHandler#CONFIG_ENV}, when set. */
    public ExtractHandler() {
        this.invocation = StageInvocation.fromEnvironment(Optional.of(Stage.EXTRACT));
    }

    /** A handler running stage {@code extract} of {@code source}'s pipeline. */
    public ExtractHandler(PipelineSource source) {
        this.invocation = StageInvocation.of(Optional.of(Stage.EXTRACT), source);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        invocation.handle(input, output, context);
    }
}
