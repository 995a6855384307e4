package dev.nfe.aws.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.nfe.core.runtime.Stage;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * A Lambda function of stage {@code load}: it loads the committed silver batches into the warehouse; its configuration
 * needs no extract section. Handler {@code dev.nfe.aws.lambda.LoadHandler::handleRequest}. The payload may leave
 * {@code stage} out; when it gives one, it must be {@code load}. Otherwise as {@link StageHandler}: configuration from
 * {@value StageHandler#CONFIG_ENV}, built once per instance, failures notified once and rethrown.
 */
public final class LoadHandler implements RequestStreamHandler {
    private final StageInvocation invocation;

    /** The handler Lambda instantiates: builds the pipeline of {@value StageHandler#CONFIG_ENV}, when set. */
    public LoadHandler() {
        this.invocation = StageInvocation.fromEnvironment(Optional.of(Stage.LOAD));
    }

    /** A handler running stage {@code load} of {@code source}'s pipeline. */
    public LoadHandler(PipelineSource source) {
        this.invocation = StageInvocation.of(Optional.of(Stage.LOAD), source);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        invocation.handle(input, output, context);
    }
}
