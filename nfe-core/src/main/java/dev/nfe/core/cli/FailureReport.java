package dev.nfe.core.cli;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.NfeException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints why a command failed on the error output: every configuration problem on its own line, the message of one
 * of our exceptions with its causes, and a stack trace only for an exception nobody expected; every line with the
 * loaded configuration's secret values hidden.
 */
final class FailureReport implements IExecutionExceptionHandler {
    private final KnownSecrets secrets;

    /** @param secrets the secret values hidden in every line printed */
    FailureReport(KnownSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof ConfigException config) {
            err.println("nfe: configuration error:");
            config.problems().forEach(problem -> err.println("  " + problem));
        } else if (exception instanceof NfeException) {
            err.println("nfe: " + secrets.redact(exception.getMessage()));
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                err.println("  caused by " + cause.getClass().getSimpleName() + ": "
                        + secrets.redact(cause.getMessage()));
            }
        } else {
            StringWriter trace = new StringWriter();
            exception.printStackTrace(new PrintWriter(trace));
            err.println("nfe: unexpected failure: " + secrets.redact(exception.toString()));
            err.print(secrets.redact(trace.toString()));
        }
        err.flush();
        return commandLine.getExitCodeExceptionMapper().getExitCode(exception);
    }
}
