package dev.nfe.core.cli;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.NfeException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints why a command failed on the error output: every configuration problem on its own line, the message of one
 * of our exceptions with its causes, and a stack trace only for an exception nobody expected.
 */
final class FailureReport implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof ConfigException config) {
            err.println("nfe: configuration error:");
            config.problems().forEach(problem -> err.println("  " + problem));
        } else if (exception instanceof NfeException) {
            err.println("nfe: " + exception.getMessage());
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                err.println("  caused by " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
        } else {
            err.println("nfe: unexpected failure: " + exception);
            exception.printStackTrace(err);
        }
        err.flush();
        return commandLine.getExitCodeExceptionMapper().getExitCode(exception);
    }
}
