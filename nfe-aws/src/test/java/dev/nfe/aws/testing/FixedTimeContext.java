package dev.nfe.aws.testing;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * A Lambda {@link Context} for tests of handlers, in the {@code nfe-aws} test-jar: its remaining time stands still at
 * the value given, so a test chooses whether a stage meets its deadline. It has no identity, client context or logger.
 *
 * <pre>{@code
 * new TransformHandler(source).handleRequest(payload, response, new FixedTimeContext(14 * 60_000));
 * }</pre>
 */
public final class FixedTimeContext implements Context {
    private final int remainingMillis;

    /** A context with {@code remainingMillis} left, however long the invocation takes. */
    public FixedTimeContext(int remainingMillis) {
        this.remainingMillis = remainingMillis;
    }

    @Override
    public String getAwsRequestId() {
        return "request-1";
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/nfe-stage";
    }

    @Override
    public String getLogStreamName() {
        return "stream-1";
    }

    @Override
    public String getFunctionName() {
        return "nfe-stage";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:sa-east-1:123456789012:function:nfe-stage";
    }

    @Override
    public CognitoIdentity getIdentity() {
        throw new UnsupportedOperationException("The test context has no identity");
    }

    @Override
    public ClientContext getClientContext() {
        throw new UnsupportedOperationException("The test context has no client context");
    }

    @Override
    public int getRemainingTimeInMillis() {
        return remainingMillis;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        throw new UnsupportedOperationException("The test context has no logger");
    }
}
