package dev.nfe.aws.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.nfe.core.runtime.Stage;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * A Lambda function of stage {@code all}: it runs extract, transform and load in order (extract only with an extract
 * section, load only with a load section). Handler {@code dev.nfe.aws.lambda.AllStagesHandler::handleRequest}. The
 * payload may leave {@code stage} out; when it gives one, it must be {@code all}. Otherwise as {@link StageHandler}:
 * configuration from {@value StageHandler#CONFIG_ENV}, built once per instance, failures notified once and rethrown.
 */
public final class AllStagesHandler implements RequestStreamHandler {
    private final StageInvocation invocation;

    /** The handler Lambda instantiates: builds the pipeline of {@value StageHandler#CONFIG_ENV}, when set. */
    public AllStagesHandler() {
        this.invocation = StageInvocation.fromEnvironment(Optional.of(Stage.ALL));
    }

    /** A handler running stage {@code all} of {@code source}'s pipeline. */
    public AllStagesHandler(PipelineSource source) {
        this.invocation = StageInvocation.of(Optional.of(Stage.ALL), source);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        invocation.handle(input, output, context);
    }
}
